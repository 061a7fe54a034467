import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { socialCardSvg, OG_CARD } from '../../../src/og/card';
import { requireTokens, themeTokens } from '../../../src/og/theme-tokens';
import { textWidth, wrapWords } from '../../../src/og/wrap-words';
import { PROJECT_ROOT } from '../../support/paths';

const themeCss = readFileSync(join(PROJECT_ROOT, 'src/styles/theme.css'), 'utf8');

describe('themeTokens(css)', () => {
  it('reads the custom properties of the first :root block, ignoring comments and the dark block', () => {
    const tokens = themeTokens(`/* --color-bg: #000; */ :root { --color-bg: #fff; --font-ui: 'A B', sans-serif; }
      @media (prefers-color-scheme: dark) { :root { --color-bg: #111; } }`);
    expect(tokens).toEqual({ 'color-bg': '#fff', 'font-ui': "'A B', sans-serif" });
  });

  it('reads the light theme of src/styles/theme.css', () => {
    const tokens = themeTokens(themeCss);
    expect(tokens['color-bg']).toMatch(/^#/);
    expect(tokens['actor-south-korea']).toMatch(/^#/);
  });
});

describe('requireTokens(tokens, names)', () => {
  it('names every missing token and the file to add it to', () => {
    expect(() => requireTokens({ a: '1' }, ['a', 'b', 'c'])).toThrow(/theme\.css.*--b, --c/);
  });
});

describe('wrapWords(text, maxChars)', () => {
  it('breaks between words and keeps every word', () => {
    const lines = wrapWords('How South Korean shells can reach Ukraine without Seoul sending them', 26);
    expect(lines.every((line) => line.length <= 26)).toBe(true);
    expect(lines.join(' ')).toBe('How South Korean shells can reach Ukraine without Seoul sending them');
  });

  it('puts a word longer than the limit on a line of its own', () => {
    expect(wrapWords('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('counts a Hangul syllable as two Latin letters wide, so Korean lines hold half as many characters', () => {
    expect(textWidth('포탄 10만 발')).toBe(2 * 2 + 1 + 2 + 2 + 1 + 2);
    expect(wrapWords('한국이 직접 보내지 않고도 한국산 포탄이', 14)).toEqual(['한국이 직접', '보내지 않고도', '한국산 포탄이']);
  });
});

describe('socialCardSvg(text, themeCss)', () => {
  const svg = socialCardSvg({ title: 'Roundabout', tagline: 'Shells & <politics>' }, themeCss);

  it('is a 1200×630 SVG with the escaped title and tagline', () => {
    expect(svg).toContain(`width="${OG_CARD.width}" height="${OG_CARD.height}"`);
    expect(svg).toContain('>Roundabout<');
    expect(svg).toContain('Shells &amp; &lt;politics&gt;');
  });

  it('draws with the theme’s colours, so a rebrand reaches the card', () => {
    const tokens = themeTokens(themeCss);
    for (const name of ['color-bg', 'color-accent', 'actor-south-korea', 'actor-ukraine']) expect(svg).toContain(tokens[name]);
    const rebranded = socialCardSvg({ title: 'R', tagline: 'T' }, themeCss.replace(tokens['color-accent']!, '#123456'));
    expect(rebranded).toContain('#123456');
  });

  it('draws a basemap with South Korea and Ukraine labelled', () => {
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(50);
    expect(svg).toContain('>South Korea<');
    expect(svg).toContain('>Ukraine<');
  });
});
