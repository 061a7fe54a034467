import { readEmbedFlags, withEmbedFlags, type EmbedFlags } from './flags';

/**
 * startSnippetOptions() wires each embed-code field's options (colours, without title, stacked) to its code: the
 * iframe's address in the code gains the matching render flags (src/embed/flags.ts) as they change.
 */
export function startSnippetOptions(): void {
  for (const options of document.querySelectorAll<HTMLFieldSetElement>('[data-embed-options]')) {
    if (options.dataset.optionsReady !== undefined) continue;
    options.dataset.optionsReady = '';
    const field = document.getElementById(options.dataset.embedOptions!);
    if (!field) throw new Error(`embed code: the options name #${options.dataset.embedOptions}, which is not on the page`);
    const update = () => {
      const theme = options.querySelector<HTMLSelectElement>('[data-embed-option="theme"]')!.value;
      const flags: EmbedFlags = {
        theme: readEmbedFlags(`?theme=${encodeURIComponent(theme)}`).theme,
        plain: options.querySelector<HTMLInputElement>('[data-embed-option="plain"]')!.checked,
        static: options.querySelector<HTMLInputElement>('[data-embed-option="static"]')!.checked,
      };
      field.textContent = (field.textContent ?? '').replace(/(<iframe src=")([^"]*)(")/, (_, start: string, url: string, end: string) => `${start}${withEmbedFlags(url.replaceAll('&amp;', '&'), flags).replaceAll('&', '&amp;')}${end}`);
    };
    options.addEventListener('change', update);
    // A reloaded page may keep the options a reader chose: the code follows them from the start.
    update();
  }
}
