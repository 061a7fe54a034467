import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rgb } from 'culori';
import { contrastRatio, deltaE00, hex, pairDifferences, parseColour, seenWith, VISIONS, type PairDifference } from '../../support/colour';
import { PROJECT_ROOT } from '../../support/paths';
import { requireToken, themeTokens, THEME_BLOCK, THEMES, type Theme } from '../../support/theme-css';

const THEME_FILE = 'src/styles/theme.css';
const THEME_CSS = readFileSync(join(PROJECT_ROOT, THEME_FILE), 'utf8');

/** The six actors every graphic colours. Any other --actor-* token the theme declares is checked with them. */
const ACTORS = ['south-korea', 'north-korea', 'united-states', 'ukraine', 'russia', 'poland'];

/**
 * Smallest CIEDE2000 difference allowed between two actor colours, under every vision. ΔE00 ≈ 1 is a just
 * noticeable difference between two large patches side by side; common practice reads 2 to 10 as "perceptible at a
 * glance" and more than 10 as plainly different colours. Readers here must do more than notice a difference:
 * they match a thin arc, a small dot or a country a few pixels wide to its name, often without the two colours
 * touching, and the difference needed grows quickly as marks shrink (Szafir, "Modeling Color Difference for
 * Visualization Design", IEEE TVCG 24(1), 2018). 10 is the floor; the palette is tuned to keep 13 or more.
 */
const MIN_DELTA_E = 10;

/** WCAG 2.2 success criterion 1.4.11 (non-text contrast): graphical objects keep 3:1 against what is next to them. */
const MIN_CONTRAST = 3;

const tokens = themeTokens(THEME_CSS, THEME_FILE);

/** The actor tokens to check: the six, and any other --actor-* either theme declares. */
const actorNames = [...new Set([...ACTORS, ...THEMES.flatMap((theme) => [...tokens[theme].keys()].filter((name) => name.startsWith('actor-')).map((name) => name.slice('actor-'.length)))])];

/** A theme's actor colours and its page background, read from theme.css (fails naming the first missing or unreadable token). */
function paletteOf(theme: Theme): { background: Rgb; actors: Record<string, Rgb> } {
  const colour = (name: string) => parseColour(requireToken(tokens, theme, name, THEME_FILE), `${THEME_FILE}: --${name} in ${THEME_BLOCK[theme]}`);
  return {
    background: colour('color-bg'),
    actors: Object.fromEntries(actorNames.map((actor) => [actor, colour(`actor-${actor}`)])),
  };
}

/** "--actor-ukraine #a86a00 / --actor-russia #c14d00: ΔE00 0.8", as seen in the theme. */
function describePair(pair: PairDifference, actors: Record<string, Rgb>): string {
  return `--actor-${pair.first} ${hex(actors[pair.first]!)} / --actor-${pair.second} ${hex(actors[pair.second]!)}: ΔE00 ${pair.deltaE.toFixed(1)}`;
}

describe(`the actor colours in ${THEME_FILE}`, () => {
  it.each(THEMES)('are all set to readable colours in the %s theme, with --color-bg', (theme) => {
    const { actors } = paletteOf(theme);
    expect(Object.keys(actors)).toEqual(expect.arrayContaining(ACTORS));
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(VISIONS)(`stay at least ΔE00 ${MIN_DELTA_E} apart, every pair, with %s`, (vision) => {
      const { actors } = paletteOf(theme);
      const pairs = pairDifferences(actors, vision);
      const worst = pairs[0]!;
      const tooClose = pairs.filter((pair) => pair.deltaE < MIN_DELTA_E).map((pair) => describePair(pair, actors));
      expect(tooClose, `${theme} theme, ${vision}: worst pair ${describePair(worst, actors)} (needs ${MIN_DELTA_E} or more)`).toEqual([]);
    });

    it(`keep ${MIN_CONTRAST}:1 contrast against --color-bg (WCAG 1.4.11)`, () => {
      const { background, actors } = paletteOf(theme);
      const ratios = Object.entries(actors).map(([actor, colour]) => ({ actor, colour, ratio: contrastRatio(colour, background) }));
      const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      const low = ratios.filter(({ ratio }) => ratio < MIN_CONTRAST).map(({ actor, colour, ratio }) => `--actor-${actor} ${hex(colour)}: ${ratio.toFixed(2)}:1`);
      expect(low, `${theme} theme on --color-bg ${hex(background)}: lowest --actor-${worst.actor} at ${worst.ratio.toFixed(2)}:1`).toEqual([]);
    });
  });
});

describe('themeTokens(css, file) and requireToken()', () => {
  const darkBlock = /@media \(prefers-color-scheme: dark\) \{[\s\S]*?\n\}/.exec(THEME_CSS)![0];

  it('name the token and the theme when an actor colour is missing from the dark block', () => {
    const withoutPoland = THEME_CSS.replace(darkBlock, darkBlock.replace(/\n\s*--actor-poland:[^;]*;/, ''));
    const edited = themeTokens(withoutPoland, THEME_FILE);
    expect(edited.light.has('actor-poland')).toBe(true);
    expect(() => requireToken(edited, 'dark', 'actor-poland', THEME_FILE)).toThrow(
      `${THEME_FILE}: --actor-poland is missing from the dark theme (the :root block inside @media (prefers-color-scheme: dark))`,
    );
  });

  it('fail naming the file when there is no dark theme block', () => {
    expect(() => themeTokens(THEME_CSS.replace(darkBlock, ''), THEME_FILE)).toThrow(`${THEME_FILE}: no @media (prefers-color-scheme: dark)`);
  });

  it('read only the blocks of each theme, not other media blocks', () => {
    const extra = `${THEME_CSS}\n@media (forced-colors: active) {\n  :root {\n    --actor-poland: LinkText;\n  }\n}\n`;
    const read = themeTokens(extra, THEME_FILE);
    expect(read.light.get('actor-poland')).toBe(tokens.light.get('actor-poland'));
    expect(read.dark.get('actor-poland')).toBe(tokens.dark.get('actor-poland'));
  });
});

describe('parseColour(value, where)', () => {
  it('refuses a value that is not a literal colour, naming where it came from', () => {
    expect(() => parseColour('var(--actor-ukraine)', `${THEME_FILE}: --actor-russia`)).toThrow(`${THEME_FILE}: --actor-russia: "var(--actor-ukraine)" is not a CSS colour`);
  });
});

describe('seenWith(vision, colour)', () => {
  const orange = parseColour('#cc8822', 'test');
  const green = parseColour('#22aa00', 'test');
  const differenceWith = (vision: (typeof VISIONS)[number]) => deltaE00(seenWith(vision, orange), seenWith(vision, green));

  it('merges an orange and a green for deuteranopia and protanopia, not in normal vision or tritanopia', () => {
    expect(differenceWith('normal vision')).toBeGreaterThan(30);
    expect(differenceWith('deuteranopia')).toBeLessThan(6);
    expect(differenceWith('protanopia')).toBeLessThan(6);
    expect(differenceWith('tritanopia')).toBeGreaterThan(30);
  });

  it('leaves greys grey under every vision', () => {
    for (const vision of VISIONS) {
      for (const grey of ['#000000', '#777777', '#ffffff']) expect(deltaE00(seenWith(vision, parseColour(grey, 'test')), parseColour(grey, 'test')), `${grey}, ${vision}`).toBeLessThan(0.01);
    }
  });
});
