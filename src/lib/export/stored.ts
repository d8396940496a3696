/**
 * The document JSON as written to `<doc_id>.json`: the document model with its table cells stored compactly.
 *
 * The verbose model repeats, in every cell, key names, the column label, the unit and measure, and the row's line.
 * On disk a table lists its cell columns and units once (`cell_columns`, `cell_units`) and each cell is a tuple
 * `[column index, raw, value, unit index, line offset?, flags?]`; rows leave out fields at their default; each check
 * is the list of its field values in the order of `check_fields` (one list of names per document, not per check).
 * Nothing is lost: `readDocument` rebuilds the exact model (`storeDocument` ∘ `readDocument` is the identity, tested).
 */
import { z } from 'zod';
import { CheckResult, DocumentModel } from '../model/document.ts';
import { Measure, Row, Table, type Cell } from '../model/table.ts';

/** Value of the `format` field of a stored document. */
export const STORED_FORMAT = 'mingzhang-compact-1';

/** Flag bits of a stored cell. */
export const CELL_FLAGS = { withheld: 1, inferred: 2, blank: 4 } as const;

/**
 * One cell: `[column, raw, value, unit, line_offset?, flags?]` — `column` indexes the table's `cell_columns`, `unit`
 * its `cell_units`; `line_offset` is the cell's source line minus the row's (0 when left out); `flags` is the sum of
 * 1 (withheld), 2 (placement inferred) and 4 (blank) (0 when left out).
 */
export const StoredCell = z.tuple([z.number().int().nonnegative(), z.string(), z.string().nullable(), z.number().int().nonnegative()], z.number().int());
export type StoredCell = z.infer<typeof StoredCell>;

/** A row as stored: the model's row, with `entity`, `block`, `extra_codes`, `is_total`, `level`, `parent_line` left out when at their default. */
export const StoredRow = Row.omit({ cells: true }).extend({ cells: z.array(StoredCell) });

/** A table as stored: the model's table plus the lists its cells index into. */
export const StoredTable = Table.omit({ rows: true }).extend({
  /** Column labels used by the cells (each cell's `column`), in order of first use. */
  cell_columns: z.array(z.string()),
  /** `[unit as printed, measure]` pairs used by the cells, in order of first use. */
  cell_units: z.array(z.tuple([z.string(), Measure])),
  rows: z.array(StoredRow),
});

/** The fields of a check, in the order a stored check lists their values (the model's field order). */
export const CHECK_FIELDS = Object.keys(CheckResult.shape) as (keyof CheckResult)[];

/** A check as stored: its field values in the order of `check_fields` (`[check_id, status, rounding, title, …]`). */
export const StoredCheck = z.tuple(Object.values(CheckResult.shape) as unknown as [z.ZodType, ...z.ZodType[]]);

/** The `<doc_id>.json` file: the document model with compact tables and checks, marked with `format`. */
export const StoredDocument = DocumentModel.omit({ tables: true, checks: true }).extend({
  /** Storage format of the file (`mingzhang-compact-1`); read it with `readDocument`. */
  format: z.literal(STORED_FORMAT),
  tables: z.array(StoredTable),
  /** The field names of a check, in the order each stored check lists their values. */
  check_fields: z.array(z.string()),
  /** The reconciliation checks, each as the list of its field values (see `check_fields`). */
  checks: z.array(StoredCheck),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

type StoredTableT = z.infer<typeof StoredTable>;
type StoredRowT = z.infer<typeof StoredRow>;

/** Index of `key` in `list`, appended on first use. */
function indexer<K>(keyOf: (k: K) => string): { list: K[]; at: (k: K) => number } {
  const list: K[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    at(k) {
      const key = keyOf(k);
      let i = seen.get(key);
      if (i === undefined) {
        i = list.length;
        list.push(k);
        seen.set(key, i);
      }
      return i;
    },
  };
}

/** The model as written to disk (compact tables). */
export function storeDocument(doc: DocumentModel): StoredDocument {
  const { tables, checks, ...rest } = doc;
  return {
    format: STORED_FORMAT,
    ...rest,
    check_fields: CHECK_FIELDS,
    checks: checks.map((c) => CHECK_FIELDS.map((f) => c[f]) as StoredDocument['checks'][number]),
    tables: tables.map((t) => {
      const { rows, ...head } = t;
      const cols = indexer<string>((c) => c);
      const units = indexer<[string, Cell['measure']]>(([u, m]) => `${m}\u0000${u}`);
      const stored: StoredRowT[] = rows.map((r) => {
        const { cells, entity, block, extra_codes, is_total, level, parent_line, ...row } = r;
        const out: StoredRowT = { ...row } as StoredRowT;
        if (level !== null) out.level = level;
        if (parent_line !== null) out.parent_line = parent_line;
        if (entity !== null) out.entity = entity;
        if (block !== null) out.block = block;
        if (Object.keys(extra_codes).length > 0) out.extra_codes = extra_codes;
        if (is_total) out.is_total = true;
        out.cells = cells.map((c) => {
          const flags = (c.withheld ? CELL_FLAGS.withheld : 0) | (c.placement === 'inferred' ? CELL_FLAGS.inferred : 0) | (c.blank ? CELL_FLAGS.blank : 0);
          const cell: StoredCell = [cols.at(c.column), c.raw, c.value, units.at([c.unit, c.measure])];
          const offset = c.line - r.line;
          if (offset !== 0 || flags !== 0) cell.push(offset);
          if (flags !== 0) cell.push(flags);
          return cell;
        });
        return out;
      });
      return { ...head, cell_columns: cols.list, cell_units: units.list, rows: stored };
    }),
  };
}

function readTable(t: StoredTableT): DocumentModel['tables'][number] {
  const { cell_columns, cell_units, rows, ...head } = t;
  return {
    ...head,
    rows: rows.map((r) => ({
      code: r.code,
      name: r.name,
      entity: r.entity ?? null,
      block: r.block ?? null,
      extra_codes: r.extra_codes ?? {},
      is_total: r.is_total ?? false,
      level: r.level ?? null,
      parent_line: r.parent_line ?? null,
      line: r.line,
      cells: r.cells.map(([col, raw, value, unit, offset = 0, flags = 0]) => {
        const [u, measure] = cell_units[unit]!;
        return {
          column: cell_columns[col]!,
          raw,
          value,
          measure,
          unit: u,
          blank: (flags & CELL_FLAGS.blank) !== 0,
          withheld: (flags & CELL_FLAGS.withheld) !== 0,
          line: r.line + offset,
          placement: (flags & CELL_FLAGS.inferred) !== 0 ? ('inferred' as const) : ('printed' as const),
        };
      }),
    })),
  };
}

/**
 * The document model from the parsed JSON of a `<doc_id>.json` file: compact tables are expanded; a file in the
 * verbose model form (no `format`) is returned as it is. Pure; does not validate (use `DocumentModel.parse` on the
 * result when the file is untrusted) and does not throw on a malformed file (the input is returned unchanged).
 */
export function readDocument(json: unknown): DocumentModel {
  const j = json as Partial<StoredDocument> | null;
  if (!j || typeof j !== 'object' || j.format !== STORED_FORMAT || !Array.isArray(j.tables)) return json as DocumentModel;
  try {
    const { format: _format, tables, check_fields, checks, ...rest } = j as StoredDocument;
    const fields = Array.isArray(check_fields) ? check_fields : CHECK_FIELDS;
    const readCheck = (c: readonly unknown[]) => Object.fromEntries(fields.map((f, i) => [f, c[i]])) as CheckResult;
    return { ...rest, tables: tables.map(readTable), checks: (checks ?? []).map(readCheck) } as DocumentModel;
  } catch {
    return json as DocumentModel;
  }
}
