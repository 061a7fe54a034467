/**
 * themeTokens(css) reads the custom properties of the first `:root { … }` block of a stylesheet: the light
 * theme of src/styles/theme.css. Build-time graphics (the social card) use it so a rebrand reaches them too.
 */
export function themeTokens(css: string): Record<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const block = /:root\s*\{([^}]*)\}/.exec(withoutComments)?.[1] ?? '';
  const tokens: Record<string, string> = {};
  for (const match of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) tokens[match[1]!] = match[2]!.trim();
  return tokens;
}

/** requireTokens(tokens, names) returns the named tokens, failing the build with the missing names. */
export function requireTokens<Name extends string>(tokens: Record<string, string>, names: readonly Name[]): Record<Name, string> {
  const missing = names.filter((name) => !tokens[name]);
  if (missing.length > 0) {
    throw new Error(`src/styles/theme.css: the social card needs ${missing.map((name) => `--${name}`).join(', ')} in its first :root block`);
  }
  return Object.fromEntries(names.map((name) => [name, tokens[name]!])) as Record<Name, string>;
}
