/**
 * npm run classroom: the files a teacher takes into a classroom without internet. Builds the site (or takes a
 * built folder: `npm run classroom -- --dist <folder>`), serves it on 127.0.0.1, and writes, for every language,
 * roundabout-slides.pdf and roundabout-slides-notes.pdf beside its story page (dist/ and dist/ko/): presentation
 * mode's slides, one 16:9 page each, and the same with the teacher's notes; then dist/roundabout-classroom.zip,
 * the whole site for a USB stick, opened from file:// (src/classroom/pack.ts). Needs Chromium (as the browser
 * tests do: /usr/bin/chromium, or CHROMIUM_PATH). The build it makes links the files from the teacher's guide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { resolveDeployment } from '../lib/deployment.ts';
import { CLASSROOM_FILES } from './files.ts';
import { PACK_START, writeClassroomPack } from './pack.ts';
import { writeSlidePdfs } from './slides-pdf.ts';

const root = resolve(import.meta.dirname, '../..');
const distArgument = process.argv.indexOf('--dist');
const dist = resolve(distArgument === -1 ? join(root, 'dist') : process.argv[distArgument + 1]!);

if (distArgument === -1) {
  console.log('Building the site with the classroom files linked from the teacher’s guide…');
  const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ROUNDABOUT_CLASSROOM: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}: no built site (index.html) to make the classroom files from`);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) throw new Error(`Chromium was not found at ${chromiumPath}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH`);

// Served under the base path it was built for (BASE_PATH), as its pages' addresses expect.
const { base } = resolveDeployment(process.env);
const files = sirv(dist, { dev: false });
const server = createServer((request, response) => {
  if (!request.url?.startsWith(base)) {
    response.statusCode = 404;
    response.end();
    return;
  }
  request.url = `/${request.url.slice(base.length)}`;
  files(request, response, () => {
    response.statusCode = 404;
    response.end();
  });
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base.slice(0, -1)}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const locale of LOCALES) {
    const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
    const slidesFile = join(dist, prefix, CLASSROOM_FILES.slides);
    const notesFile = join(dist, prefix, CLASSROOM_FILES.notes);
    const { slides } = await writeSlidePdfs({ browser, storyUrl: `${origin}/${prefix}`, slidesFile, notesFile });
    console.log(`${locale}: ${slides} slides in ${slidesFile} and ${notesFile}`);
  }
} finally {
  await browser.close();
  server.close();
}
// Last, so the pack carries the slide PDFs too.
const packFile = join(dist, CLASSROOM_FILES.pack);
const pack = writeClassroomPack(dist, base, packFile);
console.log(`${pack.files} files (${Math.round(pack.bytes / 1024)} KB) in ${packFile}: unzip it anywhere and open ${PACK_START}`);
