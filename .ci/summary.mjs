// Prints the plain closing line CI counts ("N passed, N failed") from vitest's JSON report.
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test/.tmp/vitest-report.json';
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`No vitest report at ${path}: ${error.message}`);
  process.exit(1);
}
const skipped = report.numPendingTests + report.numTodoTests;
// A test file that fails outside its tests (a hook, an import) fails the run with no failed test: count it.
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const failed = report.numFailedTests + brokenFiles;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(report.numTotalTests > 0 && failed === 0 && report.success !== false ? 0 : 1);
