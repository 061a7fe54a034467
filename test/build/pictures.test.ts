import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseBudgets } from '../bench/budgets';
import { resolveDeployment } from '../../src/lib/deployment';
import { builtPages, htmlFileOf } from '../support/crawl';
import { DIST_DIR, PROJECT_ROOT, languagePrefix } from '../support/paths';
import sharp from 'sharp';
import { pngSize } from '../support/png';

/**
 * Picture files (issue: every picture as a file): for every frozen per-state embed page in the build, in every
 * language, the same picture as /embed/<graphic>/<state>.svg, .png, -2x.png and -print.png, listed in that
 * language's /embed/manifest.json, linked from its embed index, and used as the embed pages' social card. What a
 * picture must say is read from its built embed page (title, description, credit), not from the program.
 */

const { base } = resolveDeployment(process.env);
const read = (file: string) => readFileSync(join(DIST_DIR, file));
const html = (page: string) => parse(read(htmlFileOf(page)).toString('utf8'));
const frozenPages = builtPages(DIST_DIR).filter((page) => /^(?:[a-z]{2}\/)?embed\/[^/]+\/[^/]+\/$/.test(page));
const steppingPages = builtPages(DIST_DIR).filter((page) => /^(?:[a-z]{2}\/)?embed\/[^/]+\/$/.test(page));
/** A frozen page's picture files, by kind: "embed/flow-map/map-buyer/" → "embed/flow-map/map-buyer.svg", … */
const filesOf = (page: string) => {
  const stem = page.replace(/\/$/, '');
  return { svg: `${stem}.svg`, png: `${stem}.png`, 'png-2x': `${stem}-2x.png`, 'png-print': `${stem}-print.png` };
};
/** A site URL (absolute or site-relative) as a file of the build. */
const fileOfUrl = (url: string) => decodeURI(new URL(url, 'http://site.invalid').pathname).slice(base.length);
const textOf = (element: HTMLElement | null) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

/** What the frozen embed page says about its picture. */
function pageFacts(page: string) {
  const document = html(page);
  return {
    lang: document.querySelector('html')?.getAttribute('lang') ?? '',
    title: textOf(document.querySelector('.embed__title')),
    description: textOf(document.querySelector('[data-embed-description]')),
    credit: textOf(document.querySelector('.embed__credit')),
  };
}

/** The words of an SVG's <text> elements, in order. */
function svgWords(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => match[1]!.replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('every state of every graphic as picture files, in every language', () => {
  it('the build has frozen embeds in every language to draw as files', () => {
    expect(frozenPages.filter((page) => !languagePrefix(page)).length).toBeGreaterThanOrEqual(10);
    expect(frozenPages.filter((page) => languagePrefix(page) === 'ko/').length).toBe(frozenPages.filter((page) => !languagePrefix(page)).length);
  });

  it.each(frozenPages)('%s: an SVG that needs no stylesheet, with its title, description, source line and credit', (page) => {
    const facts = pageFacts(page);
    const file = filesOf(page).svg;
    expect(existsSync(join(DIST_DIR, file)), file).toBe(true);
    const svg = read(file).toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), file).toBe(true);
    // Styled by presentation attributes only: a CMS that strips <style>, or a rasteriser without custom properties, sees the same picture.
    expect(svg, file).not.toMatch(/<style|var\(|class="/);
    expect(svg).toContain(`lang="${facts.lang}"`);
    expect(parse(svg).querySelector('desc')?.text, file).toBe(facts.description);
    const words = svgWords(svg);
    // The title may be wrapped over lines; the source line and credit are the embed page's own words.
    expect(words, file).toContain(facts.title.split(' ')[0]);
    expect(words.replace(/ /g, ''), file).toContain(facts.title.replace(/ /g, ''));
    const credit = facts.credit.replace(/\s+/g, '');
    const drawnFoot = words.replace(/ /g, '');
    // The embed's credit paragraph ends with its link back to the story, which a picture has no use for.
    const creditWithoutLink = credit.slice(0, credit.lastIndexOf('.') + 1);
    expect(drawnFoot, `${file}: source line and credit`).toContain(creditWithoutLink);
  });

  it.each(frozenPages)('%s: PNGs at 1×, 2× and print size that decode, are the SVG in proportion and are not blank', async (page) => {
    const files = filesOf(page);
    const svg = read(files.svg).toString('utf8');
    const width = Number(/ width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    const height = Number(/ height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(300);
    const expectedWidth = { png: width, 'png-2x': width * 2, 'png-print': Math.max(3000, width) } as const;
    for (const kind of ['png', 'png-2x', 'png-print'] as const) {
      const size = pngSize(read(files[kind]));
      expect(size.width, `${files[kind]} width`).toBe(expectedWidth[kind]);
      expect(Math.abs(size.height - (height * size.width) / width), `${files[kind]} height`).toBeLessThanOrEqual(1);
    }
    // Not blank: the 1× picture has ink over a good part of it, in several colours, and its title band has text.
    // Decoded by libvips (through sharp): the files are palette PNGs of any bit depth.
    const decoded = await sharp(read(files.png)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const { width: w, height: h } = decoded.info;
    const channels = decoded.info.channels;
    const rgba = decoded.data;
    const background = [...rgba.subarray(0, 3)].join(',');
    let ink = 0;
    let titleInk = 0;
    const colours = new Set<string>();
    for (let y = 0; y < h; y += 1) {
      for (let x = 0; x < w; x += 1) {
        const i = (y * w + x) * channels;
        const colour = `${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`;
        colours.add(colour);
        if (colour === background) continue;
        ink += 1;
        // The title is dark text in the top 60 px.
        if (y < 60 && rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 200) titleInk += 1;
      }
    }
    expect(ink / (w * h), `${files.png}: share of pixels that are not background`).toBeGreaterThan(0.04);
    expect(colours.size, `${files.png}: colours`).toBeGreaterThan(8);
    expect(titleInk, `${files.png}: dark title pixels`).toBeGreaterThan(300);
  });

  it('draws every letter a picture writes from its font (Noto Sans KR, served for the Korean edition), so none falls back to a box', () => {
    const require = createRequire(import.meta.url);
    const font = fontkit.openSync(require.resolve('@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2')) as fontkit.Font;
    const missing = new Set<string>();
    for (const page of frozenPages) {
      for (const character of svgWords(read(filesOf(page).svg).toString('utf8'))) {
        if (character.trim() && !font.hasGlyphForCodePoint(character.codePointAt(0)!)) missing.add(`${character} (U+${character.codePointAt(0)!.toString(16)}) in ${filesOf(page).svg}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('keeps every picture file within its byte budget in test/bench/budgets.json', () => {
    const budgets = parseBudgets(JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/bench/budgets.json'), 'utf8')));
    const over: string[] = [];
    for (const kind of ['svg', 'png', 'png-2x', 'png-print'] as const) {
      const budget = budgets.find((entry) => entry.metric === 'picture-bytes' && entry.pages?.includes(kind));
      expect(budget, `test/bench/budgets.json has no "picture-bytes" budget for ${kind}`).toBeDefined();
      for (const page of frozenPages) {
        const file = filesOf(page)[kind];
        const bytes = statSync(join(DIST_DIR, file)).size;
        if (bytes > budget!.max!) over.push(`${file}: ${bytes} bytes, over ${budget!.max}`);
      }
    }
    expect(over).toEqual([]);
  });

  const languages = [...new Set(frozenPages.map(languagePrefix))];
  it.each(languages.map((prefix) => [prefix || '(default language) ']))('%sembed/manifest.json lists exactly the picture files, with sizes, titles and alt text as the pages give them', (shown) => {
    const prefix = shown.startsWith('(') ? '' : shown;
    const manifest = JSON.parse(read(`${prefix}embed/manifest.json`).toString('utf8')) as {
      language: string;
      credit: string;
      pictures: { graphic: string; state: string; title: string; alt: string; embed: string; files: { kind: string; url: string; type: string; width: number; height: number }[] }[];
    };
    const pages = frozenPages.filter((page) => languagePrefix(page) === prefix);
    expect(manifest.pictures.map((picture) => fileOfUrl(picture.embed)).sort()).toEqual(pages.map((page) => `${page}`).sort());
    for (const picture of manifest.pictures) {
      const page = fileOfUrl(picture.embed);
      const facts = pageFacts(page);
      expect(manifest.language.startsWith(facts.lang), page).toBe(true);
      expect(picture.title, page).toBe(facts.title);
      expect(picture.alt, page).toBe(facts.description);
      const listed = Object.fromEntries(picture.files.map((file) => [file.kind, file]));
      expect(Object.keys(listed).sort(), page).toEqual(['png', 'png-2x', 'png-print', 'svg']);
      for (const [kind, file] of Object.entries(filesOf(page))) {
        const entry = listed[kind]!;
        expect(fileOfUrl(entry.url), `${page} ${kind}`).toBe(file);
        if (kind === 'svg') expect(entry.type).toBe('image/svg+xml');
        else {
          expect(entry.type).toBe('image/png');
          expect(pngSize(read(file)), file).toEqual({ width: entry.width, height: entry.height });
        }
      }
    }
  });

  it.each(languages.map((prefix) => [prefix || '(default language) ']))('%sembed/ links every picture file for download, beside its frozen embed', (shown) => {
    const prefix = shown.startsWith('(') ? '' : shown;
    const index = html(`${prefix}embed/`);
    const downloads = index.querySelectorAll('a[download]').map((link) => fileOfUrl(link.getAttribute('href')!));
    const embeds = index.querySelectorAll('a[href]').map((link) => fileOfUrl(link.getAttribute('href')!));
    for (const page of frozenPages.filter((candidate) => languagePrefix(candidate) === prefix)) {
      expect(embeds, page).toContain(page);
      for (const file of Object.values(filesOf(page))) expect(downloads, page).toContain(file);
    }
    expect(index.querySelectorAll('a[href]').map((link) => fileOfUrl(link.getAttribute('href')!))).toContain(`${prefix}embed/manifest.json`);
  });

  it.each([...steppingPages, ...frozenPages])('%s: a shared link shows the graphic (og:image is its picture file, with its size, alt text and the page URL)', (page) => {
    const document = html(page);
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';
    const image = fileOfUrl(meta('meta[property="og:image"]'));
    expect(image, page).toMatch(/^(?:[a-z]{2}\/)?embed\/[^/]+\/[^/]+-2x\.png$/);
    if (frozenPages.includes(page)) expect(image, page).toBe(filesOf(page)['png-2x']);
    expect(pngSize(read(image)), page).toEqual({ width: Number(meta('meta[property="og:image:width"]')), height: Number(meta('meta[property="og:image:height"]')) });
    expect(meta('meta[name="twitter:image"]'), page).toBe(meta('meta[property="og:image"]'));
    expect(meta('meta[name="twitter:card"]'), page).toBe('summary_large_image');
    expect(meta('meta[property="og:url"]'), page).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(fileOfUrl(meta('meta[property="og:url"]')), page).toBe(page);
    expect(meta('meta[property="og:title"]'), page).toBe(textOf(document.querySelector('title')));
    if (frozenPages.includes(page)) expect(meta('meta[property="og:image:alt"]'), page).toBe(pageFacts(page).description);
    else expect(meta('meta[property="og:image:alt"]').length, page).toBeGreaterThan(20);
  });
});
