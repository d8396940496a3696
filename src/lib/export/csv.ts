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

/**
 * A CSV field escaper for one document's rows: each distinct field is escaped once by papaparse and remembered
 * (column labels, units, names and ids repeat on every row), so long tables cost one lookup per field.
 */
export function fieldEscaper(): (v: CsvValue) => string {
  const memo = new Map<string, string>();
  return (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    let e = memo.get(s);
    if (e === undefined) {
      e = Papa.unparse([[s]], { newline: '\r\n', header: false, quotes: false, escapeFormulae: false });
      memo.set(s, e);
    }
    return e;
  };
}
