import type { DocumentModel } from '../model/document.ts';
import type { TableKind } from '../model/table.ts';
import type { Layout } from './generate.ts';
import type { RenderOptions } from './options.ts';

/** One printed numeric cell as the generator wrote it: exact 元 value of the printed (rounded) figure. */
export interface TruthFact {
  table: TableKind;
  /** Side / block of side-by-side layouts (`收入`, `支出`, `第1栏` …), null otherwise. */
  block: string | null;
  code: string | null;
  /** Printed row label; `*` for single-row tables whose row has no printed label. */
  name: string;
  column: string;
  value: string;
  line: number;
}

export interface TruthTable {
  kind: TableKind;
  title: string;
  number: string | null;
  unit: string;
}

/** A figure stated in the narrative, computed from the printed tables. */
export interface TruthClaim {
  topic: string;
  /** The phrase as printed (a substring of the paragraph). */
  text: string;
  value: string;
  measure: 'yuan' | 'percent';
  unit: string;
  line: number;
}

/** Written next to each generated text as `<stem>.truth.json`. */
export interface Truth {
  generator_version: string;
  seed: number;
  /** Family the document was drawn from and the printing options it combines (options.ts). */
  family: string;
  options: RenderOptions;
  doc_id: string;
  department: string;
  region: { province: string; city: string; county: string | null; code: string };
  fiscal_year: number;
  doc_kind: 'final' | 'budget';
  published: string;
  budget_units: string[];
  layout: Layout;
  tables: TruthTable[];
  facts: TruthFact[];
  claims: TruthClaim[];
}

/**
 * A column path compared by meaning: `其中：` dropped from each level, and a trailing 小计/合计 level folded into its
 * group (`项目支出/小计` = `项目支出`). Applied to the truth and to the parsed facts alike.
 */
export function canonicalColumn(column: string): string {
  const parts = column.split('/').map((p) => p.replace(/^其中[：:]/, ''));
  while (parts.length > 1 && /^(小计|合计)$/.test(parts.at(-1)!)) parts.pop();
  return parts.join('/');
}

/** Tables printed as one row whose row has no label of its own (facts named `*`). */
const SINGLE_ROW_TABLES = new Set<string>(['final_three_public', 'budget_three_public']);

export function factKey(f: Omit<TruthFact, 'value' | 'line'>): string {
  return [f.table, f.block ?? '', f.code ?? '', f.name, canonicalColumn(f.column)].join('|');
}

/** Facts of a parsed document in the truth's shape (blank and withheld cells give none, as in facts.csv). */
export function modelFacts(model: DocumentModel): TruthFact[] {
  const out: TruthFact[] = [];
  for (const t of model.tables) {
    const singleRow = SINGLE_ROW_TABLES.has(t.kind);
    for (const r of t.rows) {
      for (const c of r.cells) {
        if (c.value === null) continue;
        out.push({ table: t.kind, block: r.block, code: r.code, name: singleRow ? '*' : r.name, column: c.column, value: c.value, line: c.line });
      }
    }
  }
  return out;
}

/**
 * Differences between a parsed document and the generator's truth: metadata, tables (kind, title, number, unit),
 * every fact (value and source line), and narrative claims (each phrase found on its line). Empty when equal.
 */
export function compareWithTruth(model: DocumentModel, truth: Truth): string[] {
  const diffs: string[] = [];
  const eq = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  eq('status', model.status, 'ok');
  eq('department', model.metadata.department, truth.department);
  eq('fiscal_year', model.metadata.fiscal_year, truth.fiscal_year);
  eq('doc_kind', model.metadata.doc_kind, truth.doc_kind);
  eq('published', model.metadata.published, truth.published);
  eq('region', { ...model.metadata.region }, { province: truth.region.province, city: truth.region.city, county: truth.region.county, code: truth.region.code });
  eq(
    'budget_units',
    model.metadata.budget_units.map((u) => u.name),
    truth.budget_units,
  );
  eq(
    'tables',
    model.tables.map((t) => ({ kind: t.kind, title: t.title, number: t.number, unit: t.unit })),
    truth.tables,
  );
  const want = new Map<string, TruthFact>();
  for (const f of truth.facts) want.set(factKey(f), f);
  const got = new Map<string, TruthFact>();
  for (const f of modelFacts(model)) {
    const k = factKey(f);
    if (got.has(k)) diffs.push(`duplicate fact ${k}`);
    got.set(k, f);
  }
  for (const [k, w] of want) {
    const g = got.get(k);
    if (!g) diffs.push(`missing fact ${k} = ${w.value} (line ${w.line})`);
    else if (g.value !== w.value || g.line !== w.line) diffs.push(`fact ${k}: got ${g.value}@${g.line}, want ${w.value}@${w.line}`);
  }
  for (const [k, g] of got) if (!want.has(k)) diffs.push(`extra fact ${k} = ${g.value} (line ${g.line})`);
  for (const c of truth.claims) {
    const para = model.narrative.paragraphs.find((p) => p.line === c.line);
    if (!para || !para.text.includes(c.text)) diffs.push(`claim ${c.topic}: phrase «${c.text}» not in paragraph at line ${c.line}`);
  }
  return diffs;
}

/** How many of a document's true values the parse got: exact (value and line), missing, or wrong. */
export interface FactScore {
  expected: number;
  exact: number;
  missing: number;
  wrong: number;
  /** Parsed values the truth does not have (a misread row or column). */
  extra: number;
}

/**
 * Score a parsed document against the truth, fact by fact. Facts are matched by table, block, code, row name and
 * column (compared by meaning, `canonicalColumn`); where the truth has several facts with one key (rows printed
 * without codes repeat names such as 行政运行), the line decides.
 */
export function scoreAgainstTruth(model: DocumentModel, truth: Truth): FactScore {
  const got = new Map<string, TruthFact[]>();
  for (const f of modelFacts(model)) {
    const k = factKey(f);
    const list = got.get(k);
    if (list) list.push(f);
    else got.set(k, [f]);
  }
  const used = new Set<TruthFact>();
  const score: FactScore = { expected: truth.facts.length, exact: 0, missing: 0, wrong: 0, extra: 0 };
  for (const w of truth.facts) {
    const cands = (got.get(factKey(w)) ?? []).filter((g) => !used.has(g));
    const g = cands.find((c) => c.line === w.line) ?? (cands.length === 1 ? cands[0] : undefined);
    if (!g) {
      score.missing++;
      continue;
    }
    used.add(g);
    if (g.value === w.value && g.line === w.line) score.exact++;
    else score.wrong++;
  }
  for (const list of got.values()) for (const g of list) if (!used.has(g)) score.extra++;
  return score;
}
