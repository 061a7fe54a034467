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
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(report.numTotalTests > 0 && report.numFailedTests === 0 ? 0 : 1);
