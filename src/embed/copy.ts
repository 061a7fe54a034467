/** Wires every [data-copy-target] button to copy its textarea's text and say so in its status. */
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
      if (status) status.textContent = copied ? 'Copied.' : 'Select the code and copy it (Ctrl+C or ⌘C).';
    });
  }
}
