/**
 * Wires every [data-copy-target] button to copy its textarea's text and say so in its status. The words come
 * from the status element's data-copied and data-copy-failed, written at build time in the page's language.
 */
export function startCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    if (button.dataset.copyReady !== undefined) continue;
    button.dataset.copyReady = '';
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copyTarget!) as HTMLTextAreaElement | null;
      const status = button.parentElement?.querySelector('[data-copy-status]');
      if (!field) return;
      field.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(field.value);
        copied = true;
      } catch {
        copied = document.execCommand('copy');
      }
      if (!(status instanceof HTMLElement)) return;
      const words = copied ? status.dataset.copied : status.dataset.copyFailed;
      if (words === undefined) throw new Error(`embed code: [data-copy-status] of #${field.id} has no data-${copied ? 'copied' : 'copy-failed'} words`);
      status.textContent = words;
    });
  }
}
