/**
 * Render flags on an embed's address, so a graphic can match the page it is placed in (like Datawrapper's):
 *   ?theme=light|dark|auto   the host's colour scheme (auto, the default: the reader's);
 *   ?plain                   no title or takeaway (the host writes its own); the credit always stays;
 *   ?static                  every step stacked in order with its text, nothing to click;
 *   ?step=<state>            one picture (read by the stepper).
 * They combine. An unknown flag or value is ignored and the default kept, with no console message.
 */

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedFlags {
  theme: EmbedTheme;
  plain: boolean;
  static: boolean;
}

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];

/** readEmbedFlags(search) reads the flags of an embed URL's query ("?theme=dark&plain"). */
export function readEmbedFlags(search: string): EmbedFlags {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    theme: THEMES.includes(theme as EmbedTheme) ? (theme as EmbedTheme) : 'auto',
    plain: params.has('plain'),
    static: params.has('static'),
  };
}

/** withEmbedFlags(url, flags) is an embed URL carrying the flags that differ from the defaults (for the snippet builder). */
export function withEmbedFlags(url: string, flags: EmbedFlags): string {
  const [path, query = ''] = url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  for (const name of ['theme', 'plain', 'static']) params.delete(name);
  const parts = [...params.entries()].map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  if (flags.theme !== 'auto') parts.push(`theme=${flags.theme}`);
  if (flags.plain) parts.push('plain');
  if (flags.static) parts.push('static');
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}

/**
 * A media query of the reader's colour scheme, as a page's stylesheets write it. Media features are
 * case-insensitive and may be spaced; minifiers drop the spaces.
 */
const SCHEME_QUERY = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi;
/** Queries that always and never match, to stand in for the reader's scheme. */
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

/**
 * applyThemeFlag(document, theme) makes the page's own colour-scheme rules follow `theme` instead of the reader's
 * setting: every `(prefers-color-scheme: …)` query in the page's stylesheets is rewritten to match or not, and the
 * page's color-scheme (form controls, scrollbars) is set to match. The theme's tokens stay in one place,
 * src/styles/theme.css, whatever the flag. "auto" changes nothing.
 */
export function applyThemeFlag(doc: Document, theme: EmbedTheme): void {
  if (theme === 'auto') return;
  const rewrite = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const text = rule.media.mediaText;
        const forced = text.replace(SCHEME_QUERY, (_, scheme: string) => (scheme.toLowerCase() === theme ? ALWAYS : NEVER));
        if (forced !== text) rule.media.mediaText = forced;
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) rewrite(rule.cssRules);
    }
  };
  for (const sheet of doc.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A stylesheet from another origin: not ours, and an embed page has none.
    }
    rewrite(rules);
  }
  doc.documentElement.dataset.theme = theme;
  doc.documentElement.style.colorScheme = theme;
  doc.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
}

/**
 * applyPlainFlag(embed, search) honours ?plain on an embed page: the graphic without its title and
 * takeaway, for hosts that write their own; the credit line always stays (the licence requires it).
 */
export function applyPlainFlag(embed: HTMLElement, search: string): void {
  if (readEmbedFlags(search).plain) embed.dataset.plain = '';
}
