import type { DataTable } from './kit/contract';

/** Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** toCsv(table) writes a data table as RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(table: DataTable): string {
  const width = table.columns.length;
  table.rows.forEach((row, index) => {
    if (row.length !== width) {
      throw new Error(`data table row ${index + 1} has ${row.length} cells, expected ${width} (${table.columns.join(', ')})`);
    }
  });
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
