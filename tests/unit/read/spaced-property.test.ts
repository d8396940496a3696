/**
 * Property test of the spaced reader: tables rendered as `pdftotext -layout` renders them (left-aligned labels,
 * right-aligned amounts, gaps of varying width, header labels wrapped over lines and centred or left-aligned, blank
 * cells) are read back to exactly the cells and labels they were rendered from. The renderer here is a small test
 * helper, independent of the reader (the corpus generator in src/lib/synth has its own).
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入', '基本支出', '项目支出', '年初结转和结余'];
const NAMES = ['一般公共服务支出', '教育支出', '科学技术支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '住房保障支出', '行政运行'];

interface Rendered {
  text: string;
  header: string[];
  rows: string[][];
}

/** Render one table; every column is wide enough for its longest line piece, columns two to six spaces apart. */
function render(r: () => number): Rendered {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const k = 2 + Math.floor(r() * 6);
  const labels = [...LABELS].sort(() => r() - 0.5).slice(0, k);
  const wrap = 2 + Math.floor(r() * 4); // characters per header line
  const centred = r() < 0.5;
  const rows: string[][] = [];
  const n = 3 + Math.floor(r() * 6);
  const coded = r() < 0.5; // a code column and a name column under a 项目 group
  for (let i = 0; i < n; i++) {
    const cells = coded ? [pick(['201', '20101', '2010101', '208', '20805', '2080505']), pick(NAMES)] : [pick(NAMES)];
    for (let j = 0; j < k; j++) {
      const blank = i > 0 && r() < 0.3;
      const v = (Math.floor(r() * 10 ** (1 + Math.floor(r() * 6))) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      cells.push(blank ? '' : v);
    }
    rows.push(cells);
  }
  // A column with a value in no row stays (a gap decides nothing), unless it is the only amount column.
  const chunks = labels.map((l) => l.match(new RegExp(`.{1,${wrap}}`, 'gu'))!);
  const depth = Math.max(...chunks.map((c) => c.length));
  const lead = coded ? 2 : 1;
  const widths = coded
    ? [Math.max(4, ...rows.map((row) => row[0]!.length)), Math.max(4, ...rows.map((row) => row[1]!.length))]
    : [Math.max(2, ...rows.map((row) => row[0]!.length))];
  for (let j = 0; j < k; j++) widths.push(Math.max(wrap, ...rows.map((row) => row[j + lead]!.length)));
  const gaps = widths.map(() => 2 + Math.floor(r() * 5));
  const starts: number[] = [];
  let x = 0;
  widths.forEach((w, j) => {
    starts.push(x);
    x += w + gaps[j]!;
  });
  const line = (pieces: [number, string][]) => {
    let s = '';
    for (const [at, t] of pieces) s = s.padEnd(at, ' ') + t;
    return s.trimEnd();
  };
  const lines: string[] = [];
  const rowsOfHeader = coded ? Math.max(depth, 2) : depth;
  for (let d = 0; d < rowsOfHeader; d++) {
    const pieces: [number, string][] = [];
    if (coded && d === 0) pieces.push([Math.floor((starts[1]! + widths[1]! - 2) / 2), '项目']);
    if (coded && d === rowsOfHeader - 1) pieces.push([0, '科目编码'], [starts[1]!, '科目名称']);
    if (!coded && d === 0) pieces.push([0, '项目']);
    chunks.forEach((c, j) => {
      const t = c[d];
      if (!t) return;
      const w = widths[j + lead]!;
      pieces.push([starts[j + lead]! + (centred ? Math.floor((w - t.length) / 2) : 0), t]);
    });
    lines.push(line(pieces.sort((a, b) => a[0] - b[0])));
  }
  for (const row of rows) {
    const pieces: [number, string][] = coded ? [[0, row[0]!], [starts[1]!, row[1]!]] : [[0, row[0]!]];
    row.slice(lead).forEach((v, j) => {
      if (v) pieces.push([starts[j + lead]! + widths[j + lead]! - v.length, v]);
    });
    lines.push(line(pieces));
  }
  const head = coded ? ['项目/科目编码', '项目/科目名称'] : ['项目'];
  return { text: lines.join('\n'), header: [...head, ...labels], rows };
}

describe('spaced reader: rendered tables read back exactly', () => {
  const N = 300;
  let exact = 0;
  const failures: string[] = [];
  for (let seed = 1; seed <= N; seed++) {
    const t = render(rng(seed));
    const { lines } = readSpaced(splitLines(t.text));
    const headerRows = lines.filter((l) => l.form === 'spaced' && !l.skip && l.n <= t.text.split('\n').length - t.rows.length);
    const header = flattenHeader(headerRows.map((l) => l.cells));
    const rows = lines.slice(-t.rows.length).map((l) => l.cells);
    const ok = JSON.stringify(header) === JSON.stringify(t.header) && JSON.stringify(rows) === JSON.stringify(t.rows);
    if (ok) exact++;
    else if (failures.length < 3) failures.push(`seed ${seed}\n${t.text}\n→ ${JSON.stringify(header)}\n→ ${JSON.stringify(rows)}`);
  }
  it(`reads all ${N} tables back to their header labels and cells`, () => {
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(exact).toBe(N);
  });
});
