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
  /** 1-based line of the converted text the figure stands on; 0 when the PDF oracle (`placeLines`) could not find
   * its row in the converted text: the line is unknown, and the fact is judged by its value alone. */
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
 * Printed header words that name the same column (the generator prints either; the truth names the column as a
 * seed-shaped table does). Words only: the value under the column is still compared exactly. Kept here, apart from
 * the parser's vocabulary, so the oracle shares no code with what it checks.
 */
const SAME_COLUMN: Readonly<Record<string, string>> = {
  '财政拨款（补助）收入': '财政拨款收入',
  一般公共预算拨款收入: '财政拨款收入',
  一般公共预算拨款: '一般公共预算财政拨款',
  '因公出国（境）费用': '因公出国（境）费',
  '“三公”经费合计': '合计',
  '"三公"经费合计': '合计',
  调整预算数: '全年预算数',
  调整后预算数: '全年预算数',
  // (a total printed as one word or as its group over 合计, `本年支出` / `合计`, which folds to the group below)
  本年支出合计: '本年支出',
  本年收入合计: '本年收入',
};

/**
 * Per table, the first level of a column path by meaning: the 决算数 group of a 决算 table printed with 年初预算数 /
 * 全年预算数 groups is its 本年支出; the 预算数 of a budget 三公 table printed vertically (items as rows, one 预算数
 * column) is the table's only measure, which its horizontal print leaves unsaid (empty: the level is dropped).
 */
const SAME_GROUP: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>> = {
  final_general_expenditure: { 决算数: '本年支出' },
  budget_three_public: { 预算数: '' },
};

/**
 * A column path compared by meaning: `其中：` dropped from each level, a trailing 小计/合计 level folded into its
 * group (`项目支出/小计` = `项目支出`), and printed synonyms of one column named alike (`SAME_COLUMN`,
 * `SAME_GROUP`). Applied to the truth and to the parsed facts alike.
 */
export function canonicalColumn(column: string, table?: string): string {
  const parts = column.split('/').map((p) => {
    const w = p.replace(/^其中[：:]/, '');
    return SAME_COLUMN[w] ?? w;
  });
  const group = table ? SAME_GROUP[table]?.[parts[0]!] : undefined;
  if (group === '' && parts.length > 1) parts.shift();
  else if (group) parts[0] = group;
  while (parts.length > 1 && /^(小计|合计)$/.test(parts.at(-1)!)) parts.pop();
  return parts.join('/');
}

/** Tables printed as one row whose row has no label of its own (facts named `*`). */
const SINGLE_ROW_TABLES = new Set<string>(['final_three_public', 'budget_three_public']);

export function factKey(f: Omit<TruthFact, 'value' | 'line'>): string {
  return [f.table, f.block ?? '', f.code ?? '', f.name, canonicalColumn(f.column, f.table)].join('|');
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
  // Facts are keyed by meaning and line: rows printed without codes may repeat a name (行政运行 under two 款), and
  // then only the line tells them apart. One key on one line twice is a duplicate.
  const byKey = (facts: readonly TruthFact[], what: string) => {
    const m = new Map<string, TruthFact[]>();
    for (const f of facts) {
      const k = factKey(f);
      const list = m.get(k) ?? m.set(k, []).get(k)!;
      if (list.some((x) => x.line === f.line)) diffs.push(`duplicate ${what} fact ${k} (line ${f.line})`);
      list.push(f);
    }
    return m;
  };
  const want = byKey(truth.facts, 'true');
  const got = byKey(modelFacts(model), 'parsed');
  for (const [k, ws] of want) {
    const gs = [...(got.get(k) ?? [])];
    for (const w of ws) {
      const at = gs.findIndex((g) => g.line === w.line);
      const i = at >= 0 ? at : ws.length === 1 && gs.length === 1 ? 0 : -1;
      if (i < 0) {
        diffs.push(`missing fact ${k} = ${w.value} (line ${w.line})`);
        continue;
      }
      const g = gs.splice(i, 1)[0]!;
      if (g.value !== w.value || !sameLine(g, w)) diffs.push(`fact ${k}: got ${g.value}@${g.line}, want ${w.value}@${w.line}`);
    }
    for (const g of gs) diffs.push(`extra fact ${k} = ${g.value} (line ${g.line})`);
  }
  for (const [k, gs] of got) if (!want.has(k)) for (const g of gs) diffs.push(`extra fact ${k} = ${g.value} (line ${g.line})`);
  for (const c of truth.claims) {
    const para = model.narrative.paragraphs.find((p) => p.line === c.line);
    if (!para || !para.text.includes(c.text)) diffs.push(`claim ${c.topic}: phrase «${c.text}» not in paragraph at line ${c.line}`);
  }
  return diffs;
}

/** Whether a parsed fact stands on the true fact's line (any line when the oracle could not place it: line 0). */
function sameLine(got: TruthFact, want: TruthFact): boolean {
  return want.line === 0 || got.line === want.line;
}

/** How many of a document's true values the parse got: exact (value and line; value alone for a fact the oracle
 * could not place, line 0), missing, or wrong. */
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
    if (g.value === w.value && sameLine(g, w)) score.exact++;
    else score.wrong++;
  }
  for (const list of got.values()) for (const g of list) if (!used.has(g)) score.extra++;
  return score;
}
