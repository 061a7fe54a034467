import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { writeSlidePdfs } from '../../src/classroom/slides-pdf';
import { hasChromium, useBrowser } from '../support/browser';
import { DIST_DIR, EDITIONS, TMP_DIR, inLanguagePath } from '../support/paths';

/** Each page of a PDF: its size in points and its text, spaces collapsed. */
async function pdfPages(file: string): Promise<{ width: number; height: number; text: string }[]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false });
  const document = await task.promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ width, height, text: text.replace(/\s+/g, ' ') });
  }
  await task.destroy();
  return pages;
}

/** Text without spaces, in lower case (the notes' heading is set in capitals, and a PDF keeps them). */
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * The slides the built story page holds, in order, read from its HTML: the title slide, then each chapter and its
 * steps, with the words each must show (a chapter's heading, a step's text) and its teacher's notes.
 */
function slidesOf(locale: (typeof EDITIONS)[number][0]) {
  const html = parse(readFileSync(join(DIST_DIR, inLanguagePath(locale, '/').slice(1), 'index.html'), 'utf8'));
  const elements = [html.querySelector('#present-title')!, ...html.querySelectorAll('article[data-story] [data-chapter], article[data-story] [data-step]')];
  return elements.map((element) => {
    // A step's words on screen: its card's paragraphs, not the picture's description kept for print (.step__alt).
    const stepWords = () =>
      element
        .querySelectorAll('.step__card p')
        .filter((paragraph) => !paragraph.classList.contains('step__alt'))
        .map((paragraph) => paragraph.text)
        .join(' ');
    const words = element.id === 'present-title' ? element.querySelector('.title-slide__tagline')!.text : element.hasAttribute('data-step') ? stepWords() : (element.querySelector('h2')?.text ?? '');
    // Presentation mode shows the notes of the nearest block, the slide's own or an enclosing one, that has any.
    let notes: string | undefined;
    for (let node: HTMLElement | null = element; node && notes === undefined; node = node.parentNode) {
      notes = node.childNodes.find((child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute('data-teacher-notes'))?.text;
    }
    return { id: element.id, words, notes };
  });
}

describe.skipIf(!hasChromium)('the slides as PDF files (npm run classroom)', () => {
  const { origin, browser } = useBrowser();

  it.each(EDITIONS)(
    '%s: one 16:9 page per slide of presentation mode, in order, each with its slide’s words; the notes file adds each slide’s notes',
    async (locale) => {
      const folder = join(TMP_DIR, 'slides-pdf', locale);
      mkdirSync(folder, { recursive: true });
      const slidesFile = join(folder, 'slides.pdf');
      const notesFile = join(folder, 'notes.pdf');
      const { slides: count } = await writeSlidePdfs({ browser: browser(), storyUrl: `${origin}${inLanguagePath(locale, '/')}`, slidesFile, notesFile });
      const expected = slidesOf(locale);
      expect(count).toBe(expected.length);
      for (const [file, withNotes] of [[slidesFile, false], [notesFile, true]] as const) {
        const pages = await pdfPages(file);
        expect(pages.length, file).toBe(expected.length);
        pages.forEach((page, index) => {
          const slide = expected[index]!;
          const where = `${locale} ${withNotes ? 'notes' : 'slides'} page ${index + 1} (#${slide.id})`;
          expect(page.width / page.height, `${where}: 16:9`).toBeCloseTo(16 / 9, 3);
          // The first words of what the slide shows (a long step may be set smaller, but it is all there).
          expect(squash(page.text), where).toContain(squash(slide.words).slice(0, 40));
          if (withNotes && slide.notes) expect(squash(page.text), `${where}: its notes`).toContain(squash(slide.notes).slice(0, 40));
          if (!withNotes && slide.notes) expect(squash(page.text), `${where}: no notes`).not.toContain(squash(slide.notes).slice(0, 40));
        });
      }
    },
    240_000,
  );
});
