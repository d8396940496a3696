import { describe, expect, it } from 'vitest';
import { corpusDoc } from '../../src/lib/synth/corpus.ts';
import { generateDoc } from '../../src/lib/synth/generate.ts';
import { FAMILIES, FAMILY_NAMES, OPTION_KEYS, OPTION_VALUES, parseOptionFlags } from '../../src/lib/synth/options.ts';
import { renderDoc } from '../../src/lib/synth/render.ts';
import type { Truth, TruthFact } from '../../src/lib/synth/truth.ts';

/**
 * The generator checked by its own rendering invariants, family by family — independent of whether the parser
 * reads the family yet: every true value is printed on its line, in the right place for the text form; pipe
 * tables are rectangular; spaced text has no tabs and right-aligned figures; totals add up.
 */

const DOCS = 6;
const docs = FAMILIES.flatMap((f, k) => Array.from({ length: DOCS }, (_, i) => ({ family: f.name, ...corpusDoc(7, k * 100 + i, f.name) })));

/** The printed forms a value in 元 can take in the document's unit (with or without thousands separators). */
function printedForms(value: string, unit: string, decimals = 2): string[] {
  const [int, frac = ''] = value.split('.');
  let digits: string;
  if (unit === '万元' && decimals === 1) {
    const tenths = BigInt(int!) / 1000n;
    digits = `${tenths / 10n}.${tenths % 10n}`;
  } else if (unit === '万元') {
    // value is a whole number of 元 that is a multiple of 100 (0.01 万元)
    const hundredths = BigInt(int!) / 100n;
    digits = `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
  } else digits = `${int}.${frac.padEnd(2, '0')}`;
  const [i, f] = digits.split('.');
  return [digits, `${i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`];
}

/** The printed forms of a value printed as a whole number of the unit (wholeNumbers): `796` 万元 for 7,960,000 元. */
function wholeForms(value: string, unit: string): string[] {
  const n = BigInt(value) / (unit === '万元' ? 10000n : 1n);
  return [String(n), String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')];
}

/** Number tokens of a line (pipe cells and tab cells split, spaced text split on runs of spaces). */
const tokens = (line: string) => line.split(/[\t|]|\s+/).map((t) => t.trim().replace(/^\*\*|\*\*$/g, ''));

describe('synthetic families', () => {
  it('are each deterministic per seed and record their options in the truth', () => {
    for (const f of FAMILY_NAMES) {
      const a = corpusDoc(3, 11, f);
      const b = corpusDoc(3, 11, f);
      expect(a.text).toBe(b.text);
      expect(a.truth.family).toBe(f);
      expect(a.truth.options).toEqual(generateDoc(a.truth.seed, 11, f).options);
      expect(a.truth.doc_kind).toBe(a.truth.options.docKind);
      expect(a.stem).toContain(`-${a.truth.doc_kind}-`);
    }
  });

  it('cover every value of every option across the families', () => {
    const seen = new Map<string, Set<string>>();
    for (let k = 0; k < FAMILIES.length; k++)
      for (let i = 0; i < 60; i++) {
        const o = generateDoc(1000 + i, k * 1000 + i, FAMILIES[k]!.name).options;
        for (const key of OPTION_KEYS) (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(String(o[key]));
      }
    expect(Object.keys(OPTION_VALUES).sort()).toEqual([...OPTION_KEYS].sort());
    for (const key of OPTION_KEYS) for (const v of OPTION_VALUES[key]) expect(seen.get(key)?.has(String(v)), `${key}=${String(v)}`).toBe(true);
    expect(docs.some((d) => d.truth.layout.decimals === 1)).toBe(true);
  });

  it('take option flags from the command line and reject a bad boolean', () => {
    expect(parseOptionFlags(['--form', 'spaced', '--codes', 'split', '--wrapLabels', 'true', '--out', 'x'])).toEqual({ form: 'spaced', codes: 'split', wrapLabels: true });
    expect(() => parseOptionFlags(['--pipeBold', 'yes'])).toThrow(/true \| false/);
    expect(() => parseOptionFlags(['--codes', 'dotted'])).toThrow(/joined \| split \| spaced \| none/);
    const d = corpusDoc(1, 0, 'seed-tab', { form: 'pipe', codes: 'none' });
    expect(d.truth.options.form).toBe('pipe');
    expect(d.truth.options.codes).toBe('none');
  });

  it('print every true value on its line', () => {
    for (const d of docs) {
      const lines = d.text.split('\n');
      for (const f of d.truth.facts) {
        const line = lines[f.line - 1]!;
        const forms = d.truth.options.wholeNumbers ? wholeForms(f.value, d.truth.layout.unit) : printedForms(f.value, d.truth.layout.unit, d.truth.layout.decimals);
        // a zero printed as a bare 0 (zeroMark int)
        if (f.value === '0' && d.truth.options.zeroMark === 'int') forms.push('0');
        expect(
          tokens(line).some((t) => forms.includes(t)),
          `${d.family} ${d.stem} ${f.table} ${f.name} ${f.column} = ${f.value} not on line ${f.line}: «${line}»`,
        ).toBe(true);
      }
    }
  });

  it('state every narrative figure in the paragraph that starts on its line (spaced prose wrapped, never inside a number)', () => {
    let wrapped = 0;
    for (const d of docs) {
      const lines = d.text.split('\n');
      for (const c of d.truth.claims) {
        const para: string[] = [];
        for (let k = c.line - 1; k < lines.length && lines[k]!.trim() !== ''; k++) para.push(lines[k]!.trim());
        expect(para.join(''), `${d.stem} ${c.topic}`).toContain(c.text);
        if (d.truth.options.form === 'spaced' && para.length > 1) wrapped++;
        for (let k = 1; k < para.length; k++) expect(`${para[k - 1]!.slice(-1)}${para[k]![0]}`, `${d.stem} line ${c.line + k}`).not.toMatch(/^[0-9.,%]{2}$/);
      }
    }
    expect(wrapped).toBeGreaterThan(0);
  });

  it('print each table title (and its number) before the table’s first figure', () => {
    for (const d of docs) {
      const lines = d.text.split('\n');
      for (const t of d.truth.tables) {
        const first = d.truth.facts.find((f) => f.table === t.kind);
        if (!first) continue;
        const before = lines.slice(0, first.line - 1);
        let titleAt = -1;
        before.forEach((l, k) => {
          if (l.includes(t.title)) titleAt = k;
        });
        expect(titleAt, `${d.family} ${t.title}`).toBeGreaterThan(0);
        if (t.number) expect(before.slice(titleAt - 3, titleAt + 4).join('\n'), `${d.family} ${t.number}`).toContain(t.number);
      }
    }
  });

  it('write pipe tables whose rows all have the column count of their separator row', () => {
    const pipe = docs.filter((d) => d.truth.options.form === 'pipe');
    expect(pipe.length).toBeGreaterThan(3);
    for (const d of pipe) {
      let width = 0;
      for (const line of d.text.split('\n')) {
        if (!line.startsWith('|')) {
          width = 0;
          continue;
        }
        const cells = line.split('|').length - 2;
        if (/^\|(---\|)+$/.test(line)) {
          width = cells;
          continue;
        }
        if (width) expect(cells, `${d.stem}: «${line}»`).toBe(width);
      }
      expect(d.text).toMatch(/^\|(---\|)+$/m);
    }
  });

  it('write spaced text with no tabs, numbers of one column ending (or, as pdftotext places them, starting) at one index, and page furniture', () => {
    const spaced = docs.filter((d) => d.truth.options.form === 'spaced');
    expect(spaced.length).toBeGreaterThan(3);
    for (const d of spaced) {
      expect(d.text).not.toContain('\t');
      const lines = d.text.split('\n');
      const ends = new Map<string, Set<number>>();
      for (const f of d.truth.facts) {
        // with group headers centred over merged cells, 公用经费 heads two printed 决算数 columns: its key names no one column
        if (f.table === 'final_general_basic' && d.truth.options.headerAlign === 'centre') continue;
        const line = lines[f.line - 1]!.replace(/^\f/, ''); // a page's first line starts with the form feed
        const forms = d.truth.options.wholeNumbers ? wholeForms(f.value, d.truth.layout.unit) : printedForms(f.value, d.truth.layout.unit, d.truth.layout.decimals);
        // a zero printed as a bare 0 (zeroMark int)
        if (f.value === '0' && d.truth.options.zeroMark === 'int') forms.push('0');
        // pdftotext's own columns (pdftotextDrift): the figures of a column start together instead
        const drift = d.truth.options.pdftotextDrift;
        const hits = forms.flatMap((p) => [...line.matchAll(new RegExp(`(?<![\\d.,])${p.replace(/[.]/g, '\\.')}(?![\\d.,])`, 'g'))].map((m) => m.index! + (drift ? 0 : p.length)));
        if (new Set(hits).size !== 1) continue; // the same figure twice on the line: position ambiguous
        // blocks printed side by side may share a group name (公用经费 over two blocks): the label's place tells them apart
        const place = f.table === 'final_general_basic' ? `|${line.indexOf(f.name)}` : '';
        const key = `${f.table}|${f.block}|${f.column}${place}`;
        (ends.get(key) ?? ends.set(key, new Set()).get(key)!).add(hits[0]!);
      }
      // (squeezedFigures: a full table's rows are squeezed each on its own, only the order of their figures holds)
      for (const [key, set] of d.truth.options.squeezedFigures ? [] : ends) {
        if (d.truth.options.alignJitter) expect(Math.max(...set) - Math.min(...set), `${d.stem} ${key}`).toBeLessThanOrEqual(2);
        else expect([...set], `${d.stem} ${key}`).toHaveLength(1);
      }
      const pages = (d.text.match(/\f/g) ?? []).length + 1;
      const o = d.truth.options;
      if (o.pageNumbers === 'of-total') expect(d.text).toContain(`第${pages}页 共${pages}页`);
      if (o.pageNumbers === 'dash-em') expect(d.text).toContain(`— ${pages} —`);
      if (o.pageNumbers === 'dash') expect(d.text).toMatch(new RegExp(`^ +-${pages}-$`, 'm'));
      if (o.pageNumbers === 'slash') expect(d.text).toMatch(new RegExp(`^ +${pages}/${pages}$`, 'm'));
    }
  });

  it('wrap header words inside the word in spaced text (本年收入合 / 计) and join wrapped labels in the truth', () => {
    let brokenHeader = 0;
    let wrapped = 0;
    for (const d of docs.filter((x) => x.truth.options.form === 'spaced')) {
      const lines = d.text.split('\n');
      const income = d.truth.facts.find((f) => f.table === 'final_income');
      if (income) {
        // header chunks are 2–5 characters wide: the 6-character word is never printed whole in the header
        const header = lines.slice(income.line - 12, income.line - 1).join('\n');
        expect(header).toContain('本年');
        expect(header).not.toContain('本年收入合计');
        brokenHeader++;
      }
      for (const f of d.truth.facts) {
        const line = lines[f.line - 1]!;
        if (f.name.length <= 4 || line.includes(f.name)) continue;
        // the label is cut in its column: its first piece on the figures' line or one or two lines above it, the
        // rest on the following lines, each piece starting at the same index
        const rebuilt = [f.line - 1, f.line - 2, f.line - 3].some((k) => {
          const start = (lines[k] ?? '').replace(/^\f/, '').indexOf(f.name.slice(0, 4));
          if (start < 0) return false;
          let joined = '';
          for (let j = k; joined.length < f.name.length && j < k + 4; j++) joined += (lines[j] ?? '').replace(/^\f/, '').slice(start).split(/\s/)[0];
          return joined === f.name;
        });
        expect(rebuilt, `${d.stem} line ${f.line}: ${f.name}`).toBe(true);
        wrapped++;
      }
    }
    expect(brokenHeader).toBeGreaterThan(0);
    expect(wrapped).toBeGreaterThan(0);
  });

  it('keep totals exact: in 元 every classified total is the sum of its 类 rows, in every family and kind', () => {
    let checked = 0;
    for (const f of FAMILY_NAMES)
      for (let i = 0; i < 40 && checked < 200; i++) {
        const doc = generateDoc(5000 + i, 5000 + i, f, { codes: 'joined' });
        if (doc.layout.unit !== '元') continue;
        const { truth } = renderDoc(doc);
        checked += assertTotals(truth);
      }
    expect(checked).toBeGreaterThan(50);
  });

  it('print the same content in every text form: the truth is the same facts, only the lines differ', () => {
    for (const kind of ['final', 'budget'] as const) {
      const base = { docKind: kind, codes: 'joined', wrapLabels: true, unlabeledTotal: false } as const;
      const key = (t: Truth) => t.facts.map((f: TruthFact) => `${f.table}|${f.block}|${f.code}|${f.name}|${f.column}=${f.value}`).sort();
      const tab = renderDoc(generateDoc(42, 0, 'mixed', { ...base, form: 'tab' })).truth;
      for (const form of ['pipe', 'spaced'] as const) expect(key(renderDoc(generateDoc(42, 0, 'mixed', { ...base, form })).truth)).toEqual(key(tab));
    }
  });
});

/** Σ 类 rows = 合计 row per column of each classified table (in 分, exact); returns the number of columns checked. */
function assertTotals(truth: Truth): number {
  const cents = (v: string) => {
    const [i, f = ''] = v.split('.');
    return BigInt(i!) * 100n + BigInt(f.padEnd(2, '0'));
  };
  let n = 0;
  const groups = new Map<string, TruthFact[]>();
  for (const f of truth.facts) {
    if (f.block !== null || f.name === '*') continue;
    const k = `${f.table}|${f.column}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
  }
  for (const [k, fs] of groups) {
    const total = fs.find((f) => f.code === null && (f.name === '合计' || f.name === '总计'));
    const leis = fs.filter((f) => f.code?.length === 3);
    if (!total || leis.length === 0) continue;
    expect(leis.reduce((a, f) => a + cents(f.value), 0n), `${truth.doc_id} ${k}`).toBe(cents(total.value));
    n++;
  }
  return n;
}
