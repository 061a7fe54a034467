/**
 * A quick look while writing: `node test/support/originality-cli.ts FILE…` prints, for each
 * content or source file, its share of words in 6-word runs shared with the source article and
 * every run of 6 or more words, with markup stripped roughly. The gate itself reads built pages
 * in Chromium (test/browser/originality.test.ts).
 */
import { readFileSync } from 'node:fs';
import { ALLOWED_NAMES, ORIGINALITY_LIMITS, originalityMeasure } from './originality.ts';

const source = readFileSync(new URL('../../content/sources/article.txt', import.meta.url), 'utf8');
const measure = originalityMeasure(source, { ...ORIGINALITY_LIMITS, allowed: ALLOWED_NAMES });
let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const report = measure(text);
  failed ||= !report.ok;
  console.log(`${report.ok ? 'ok  ' : 'FAIL'} ${file}: ${(report.share * 100).toFixed(1)}% of ${report.words} words in shared 6-word runs`);
  for (const run of report.runs) console.log(`       ${report.longRuns.includes(run) ? '8+' : '6+'}: ${run}`);
}
process.exitCode = failed ? 1 : 0;
