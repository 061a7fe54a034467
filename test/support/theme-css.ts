/** The two themes of src/styles/theme.css. */
export const THEMES = ['light', 'dark'] as const;

/** One of THEMES. */
export type Theme = (typeof THEMES)[number];

/** Where each theme's custom properties are declared, in words, for messages. */
export const THEME_BLOCK: Record<Theme, string> = {
  light: 'the light theme (the top-level :root block)',
  dark: 'the dark theme (the :root block inside @media (prefers-color-scheme: dark))',
};

/** A rule of a stylesheet: what comes before its braces, and what is inside them. */
interface Rule {
  prelude: string;
  body: string;
}

/**
 * rulesOf(css, file) splits a stylesheet, or the body of an at-rule, into its rules at the top level.
 * Enough for a theme file of custom properties (no braces inside strings); not a general CSS parser.
 */
function rulesOf(css: string, file: string): Rule[] {
  const rules: Rule[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (char === '{') {
      if (depth === 0) open = index;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth < 0) throw new Error(`${file}: a "}" at character ${index} closes no block`);
      if (depth === 0) {
        rules.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, index) });
        start = index + 1;
      }
    } else if (char === ';' && depth === 0) {
      start = index + 1; // a statement such as @import
    }
  }
  if (depth !== 0) throw new Error(`${file}: a "{" is never closed`);
  return rules;
}

/** The custom properties (`--name: value;`) declared directly in a rule's body, by name without the dashes. */
function customPropertiesOf(body: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const declaration of body.split(';')) {
    const match = /^\s*--([\w-]+)\s*:\s*([\s\S]*?)\s*$/.exec(declaration);
    if (match) properties.set(match[1]!, match[2]!);
  }
  return properties;
}

/** The normalised prelude of the dark theme's media query. */
const DARK_QUERY = '@media (prefers-color-scheme: dark)';

/**
 * themeTokens(css, file) reads the custom properties each theme declares: `light` from the top-level `:root`
 * block, `dark` from the `:root` block inside `@media (prefers-color-scheme: dark)` (only what that block
 * declares itself). Fails naming `file` when either block is missing. Other blocks (print, forced colours) are
 * ignored.
 */
export function themeTokens(css: string, file: string): Record<Theme, Map<string, string>> {
  const rules = rulesOf(css.replace(/\/\*[\s\S]*?\*\//g, ''), file);
  const rootOf = (list: Rule[]) => list.find((rule) => rule.prelude === ':root');
  const light = rootOf(rules);
  const darkMedia = rules.find((rule) => rule.prelude.replace(/\s+/g, ' ').replace(/\(\s*/g, '(').replace(/\s*\)/g, ')').replace(/\s*:\s*/g, ': ') === DARK_QUERY);
  const dark = darkMedia ? rootOf(rulesOf(darkMedia.body, file)) : undefined;
  if (!light) throw new Error(`${file}: no top-level :root { … } block, so there is no light theme to read`);
  if (!dark) throw new Error(`${file}: no ${DARK_QUERY} { :root { … } } block, so there is no dark theme to read`);
  return { light: customPropertiesOf(light.body), dark: customPropertiesOf(dark.body) };
}

/** requireToken(tokens, theme, name, file) is the value of `--name` in that theme, failing with the token and block named. */
export function requireToken(tokens: Record<Theme, Map<string, string>>, theme: Theme, name: string, file: string): string {
  const value = tokens[theme].get(name);
  if (value === undefined || value === '') throw new Error(`${file}: --${name} is missing from ${THEME_BLOCK[theme]}`);
  return value;
}
