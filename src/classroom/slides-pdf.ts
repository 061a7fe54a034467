import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';

/**
 * The presentation as PDF files, for a projector driven by whatever opens a PDF: presentation mode itself, opened in
 * Chromium at 1280×720 with reduced motion (so every picture is final), printed one slide per 16:9 page with its
 * screen styles, and the pages joined by pdf-lib. Chromium is the renderer because the slides are presentation
 * mode's own: the same layout, fonts and step pictures, and real text a PDF reader can search and read aloud.
 * A second file has the same slides with the teacher's notes shown.
 */

/** A projector's slide: 16:9, the size presentation mode is checked at. */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/** What writeSlidePdfs() needs: a Chromium, the story's address (any language) and where to write. */
export interface SlidePdfJob {
  browser: Browser;
  /** Address of a built story page, served over http ("http://127.0.0.1:4321/ko/"). */
  storyUrl: string;
  /** The slides PDF to write. */
  slidesFile: string;
  /** The companion PDF: the same slides with the teacher's notes shown. */
  notesFile: string;
}

/** Waits until fonts have loaded and two frames have been drawn (reduced motion: pictures change at once). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** One page of PDF: the screen as it is now, its full 1280×720 and nothing else. */
function printSlide(page: Page): Promise<Buffer> {
  return page.pdf({ width: `${SLIDE_SIZE.width}px`, height: `${SLIDE_SIZE.height}px`, preferCSSPageSize: true, printBackground: true, pageRanges: '1', margin: { top: '0', right: '0', bottom: '0', left: '0' } });
}

/** The slides as one PDF, titled and in the language of the story page they were printed from. */
async function joined(pages: Buffer[], title: string, language: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (const bytes of pages) {
    const source = await PDFDocument.load(bytes);
    const [copied] = await document.copyPages(source, [0]);
    document.addPage(copied!);
  }
  document.setTitle(title, { showInWindowTitleBar: true });
  document.setLanguage(language);
  document.setCreator('Roundabout');
  document.setProducer('Roundabout (Chromium, pdf-lib)');
  return document.save();
}

/**
 * writeSlidePdfs(job) walks presentation mode from its title slide to its last with the Right arrow, as a teacher's
 * clicker does, printing each slide without and with its notes; it returns the number of slides. A slide that does
 * not come, or a console error on the way, is an error naming the slide.
 */
export async function writeSlidePdfs(job: SlidePdfJob): Promise<{ slides: number }> {
  const context = await job.browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce', colorScheme: 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${job.storyUrl}?present`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-present-current]', { state: 'attached' });
    // Printed with the screen's styles (presentation mode), not the print stylesheet, and without the on-screen controls.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.documentElement.setAttribute('data-export', 'slides'));
    const counter = (await page.textContent('[data-present-counter]')) ?? '';
    const total = Number(/\/\s*(\d+)/.exec(counter)?.[1]);
    if (!Number.isInteger(total) || total < 2) throw new Error(`${job.storyUrl}?present: no slide count in [data-present-counter] (read "${counter}")`);
    const slides: Buffer[] = [];
    const withNotes: Buffer[] = [];
    for (let index = 0; index < total; index += 1) {
      const id = await page.evaluate(() => document.querySelector('[data-present-current]')?.id ?? '');
      await settled(page);
      slides.push(await printSlide(page));
      await page.keyboard.press('n');
      await settled(page);
      withNotes.push(await printSlide(page));
      await page.keyboard.press('n');
      if (errors.length > 0) throw new Error(`${job.storyUrl}?present, slide ${index + 1} (#${id}): ${errors.join('; ')}`);
      if (index === total - 1) break;
      await page.keyboard.press('ArrowRight');
      await page
        .waitForFunction((previous) => document.querySelector('[data-present-current]')?.id !== previous, id, { timeout: 10_000 })
        .catch(() => {
          throw new Error(`${job.storyUrl}?present: the Right arrow did not leave slide ${index + 1} (#${id})`);
        });
    }
    const title = await page.title();
    const language = (await page.getAttribute('html', 'lang')) ?? '';
    writeFileSync(job.slidesFile, await joined(slides, title, language));
    writeFileSync(job.notesFile, await joined(withNotes, title, language));
    return { slides: total };
  } finally {
    await context.close();
  }
}
