/**
 * Wires every [data-copy-target] button to copy its code's text (a <pre>) and say so in its status. The words come
 * from the status element's data-copied and data-copy-failed, written at build time in the page's language.
 */
export function startCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    if (button.dataset.copyReady !== undefined) continue;
    button.dataset.copyReady = '';
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copyTarget!);
      const status = button.parentElement?.querySelector('[data-copy-status]');
      if (!field) return;
      // Selected as well, so the code shows what was copied and the fallback below has a selection to copy.
      window.getSelection()?.selectAllChildren(field);
      let copied = false;
      try {
        await navigator.clipboard.writeText(field.textContent ?? '');
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
