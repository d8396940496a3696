import Papa from 'papaparse';

export type CsvValue = string | number | null | undefined;

/**
 * RFC 4180 CSV through papaparse: fields quoted when they contain a comma, quote, CR or LF (papaparse also quotes a
 * field with a leading or trailing space, which RFC 4180 allows); quotes doubled; CRLF after every row.
 */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvValue[][], { newline: '\r\n', header: false, quotes: false, escapeFormulae: false }) + '\r\n';
}

export function csvLine(fields: readonly CsvValue[]): string {
  return csvRows([fields]).slice(0, -2);
}

/** A whole CSV file: header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvRows([header, ...rows]);
}
