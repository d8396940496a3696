import { ECONOMIC_CLASSES, SUMMARY_EXPENDITURE_LINES } from './classification.ts';
import type { Fen, Layout, SynthDoc, SynthLeaf, ThreePublic } from './generate.ts';
import { Rng } from './rng.ts';
import type { Truth, TruthClaim, TruthFact, TruthTable } from './truth.ts';

export const GENERATOR_VERSION = '2';

const CN_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_ORD = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

function cnYear(y: number): string {
  return [...String(y)].map((d) => CN_NUM[Number(d)]).join('');
}
function cnMonth(m: number): string {
  return m <= 10 ? (m === 10 ? '十' : CN_NUM[m]!) : `十${CN_NUM[m - 10]}`;
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Exact decimal string of `units` × 10^-scale (canonical: no trailing fractional zeros). */
function dec(units: bigint, scale: number): string {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s--;
  }
  const digits = u.toString();
  if (s === 0) return digits;
  const padded = digits.padStart(s + 1, '0');
  return `${padded.slice(0, -s)}.${padded.slice(-s)}`;
}

/** A printed amount: the text in the table and the exact 元 value it stands for (null when printed blank). */
export interface Printed {
  raw: string;
  value: string | null;
  /** Printed value in 分 (for narrative percentages computed from printed figures). */
  fen: bigint;
}

export class Printer {
  private zrng: Rng;
  constructor(
    private layout: Layout,
    seed: number,
  ) {
    this.zrng = new Rng(seed ^ 0x5eed);
  }
  /** Round 分 to the printed unit (half up, as the 决算 software does) and format. */
  money(fen: Fen, allowBlank = true): Printed {
    if (fen === 0n && allowBlank) {
      const blank = this.layout.zeros === 'blank' || (this.layout.zeros === 'mixed' && this.zrng.chance(0.5));
      if (blank) return { raw: '', value: null, fen: 0n };
    }
    return this.text(fen);
  }
  text(fen: Fen): Printed {
    if (this.layout.unit === '万元') {
      const hundredths = (fen + 5000n) / 10000n; // 0.01 万元 = 100 元 = 10000 分
      const int = (hundredths / 100n).toString();
      const frac = (hundredths % 100n).toString().padStart(2, '0');
      return { raw: `${this.layout.thousands ? group(int) : int}.${frac}`, value: dec(hundredths * 100n, 0), fen: hundredths * 10000n };
    }
    const int = (fen / 100n).toString();
    const frac = (fen % 100n).toString().padStart(2, '0');
    return { raw: `${this.layout.thousands ? group(int) : int}.${frac}`, value: dec(fen, 2), fen };
  }
}

/** Percentage a/b rounded half up to 2 decimals, as printed in the narrative. */
function percent(a: bigint, b: bigint): string {
  if (b === 0n) return '0.00';
  const x = (a * 100000n) / b; // 3 decimals, truncated
  const r = (x + 5n) / 10n;
  return `${r / 100n}.${(r % 100n).toString().padStart(2, '0')}`;
}

interface Row {
  code: string | null;
  name: string;
  amounts: Fen[];
}

const sumF = (xs: readonly Fen[]) => xs.reduce((a, b) => a + b, 0n);

/** Build the classified hierarchy (类 → 款 → 项) rows with a 合计 row first; `f` gives a leaf's column amounts. */
function hierarchy(leaves: readonly SynthLeaf[], f: (l: SynthLeaf) => Fen[], keep: (l: SynthLeaf) => boolean = () => true): Row[] {
  const used = leaves.filter(keep);
  if (used.length === 0) return [];
  const width = f(used[0]!).length;
  const add = (xs: readonly SynthLeaf[]) => Array.from({ length: width }, (_, i) => sumF(xs.map((l) => f(l)[i]!)));
  const rows: Row[] = [{ code: null, name: '合计', amounts: add(used) }];
  const leis = [...new Set(used.map((l) => l.lei.code))];
  for (const lc of leis) {
    const inLei = used.filter((l) => l.lei.code === lc);
    rows.push({ code: lc, name: inLei[0]!.lei.name, amounts: add(inLei) });
    for (const kc of [...new Set(inLei.map((l) => l.kuan.code))]) {
      const inKuan = inLei.filter((l) => l.kuan.code === kc);
      rows.push({ code: kc, name: inKuan[0]!.kuan.name, amounts: add(inKuan) });
      for (const l of inKuan) rows.push({ code: l.item.code, name: l.item.name, amounts: f(l) });
    }
  }
  return rows;
}

export interface Rendered {
  text: string;
  truth: Truth;
}

/** Render a department-year into disclosure text in one of the supported 决算 layouts, with the truth read off it. */
export function renderDoc(doc: SynthDoc): Rendered {
  const L = doc.layout;
  const P = new Printer(L, doc.seed);
  const lines: string[] = [];
  const facts: TruthFact[] = [];
  const tables: TruthTable[] = [];
  const claims: TruthClaim[] = [];
  const push = (s = '') => {
    lines.push(s);
    return lines.length;
  };
  const md = (s: string, bold = false) => (L.markdown ? `## ${bold ? `**${s}**` : s}` : s);
  const y = doc.year;
  const dept = doc.department;
  const rng = new Rng(doc.seed ^ 0x7ab1e);

  // ---- cover, 目录
  push();
  push(`${y}年度`);
  push(`${dept}部门决算`);
  push();
  push(`${cnYear(doc.published.year)}年${cnMonth(doc.published.month)}月`);
  push();
  push(L.markdown ? '# 目 录' : '目 录');
  push();
  const tableTitles = [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算明细表',
    '政府性基金预算财政拨款收入支出决算表',
    '国有资本经营预算财政拨款支出决算表',
    '财政拨款“三公”经费支出决算表',
  ];
  push(md(`第一部分 ${dept}概况`, true));
  push();
  push(md(`第二部分 ${y}年度部门决算表`, true));
  push();
  tableTitles.forEach((t, i) => {
    push(`${CN_ORD[i + 1]}、${t}`);
    push();
  });
  push(md(`第三部分 ${y}年度部门决算情况说明`, true));
  push();
  push(md('第四部分 名词解释', true));
  push();

  // ---- overview with budget units
  push(md(`第一部分 ${dept}概况`));
  push();
  push(md('一、部门职责'));
  push();
  push(`（一）贯彻执行国家、省有关法律、法规和方针政策，拟订并组织实施本行业发展规划。`);
  push();
  push(`（二）完成市委、市政府交办的其他任务。`);
  push();
  push(md('二、机构设置'));
  push();
  push(`从决算单位构成看，${dept}部门决算包括：本级决算、所属事业单位决算。`);
  push();
  push(`${y}年度，纳入本部门决算编制范围的单位共${doc.budgetUnits.length}个，包括：`);
  push();
  doc.budgetUnits.forEach((u, i) => push(`${i + 1}. ${u}。`));
  push();

  // ---- tables
  push(md(`第二部分 ${y}年度部门决算表`));
  push();
  let tableNo = 0;
  const cell = (p: Printed) => p.raw;

  /** Title block; returns nothing, records the table in the truth. */
  const titleBlock = (kind: TruthTable['kind'], title: string) => {
    tableNo++;
    const number = L.numbered ? `公开${String(tableNo).padStart(2, '0')}表` : null;
    push(md(title));
    push();
    if (number) {
      push(number);
      push();
    }
    push(`${L.deptLabel}：${dept}`);
    push();
    push(`${y}年度`);
    push();
    push(`${L.unitLabel}：${L.unit}`);
    push();
    tables.push({ kind, title, number, unit: L.unit });
  };
  const fact = (table: TruthTable['kind'], block: string | null, code: string | null, name: string, column: string, p: Printed, line: number) => {
    if (p.value !== null) facts.push({ table, block, code, name, column, value: p.value, line });
  };
  const note = (s: string) => {
    push();
    push(`注：${s}${L.unit === '万元' ? '本表金额转换为万元时，因四舍五入可能存在尾差。' : ''}`);
    push();
  };

  /** A 功能分类 table: header rows, then rows with page breaks that may repeat the header. */
  const classified = (kind: TruthTable['kind'], title: string, header: string[], columns: string[], rows: Row[], noteText: string, emptyText?: string) => {
    titleBlock(kind, title);
    for (const h of header) push(h);
    rows.forEach((r, i) => {
      if (i > 0 && i % L.pageRows === 0) {
        push();
        if (L.repeatHeader) for (const h of header) push(h);
      }
      const printed = r.amounts.map((a) => P.money(a));
      const n = push([r.code ?? '', r.name, ...printed.map(cell)].join('\t'));
      printed.forEach((p, j) => fact(kind, null, r.code, r.name, columns[j]!, p, n));
    });
    note(noteText);
    if (emptyText) {
      push(`说明：${emptyText}`);
      push();
    }
  };

  // 01 收入支出决算总表
  const all = (l: SynthLeaf) => l.fiscalBasic + l.fiscalProject + l.otherBasic + l.otherProject;
  const fiscal = (l: SynthLeaf) => l.fiscalBasic + l.fiscalProject;
  const other = (l: SynthLeaf) => l.otherBasic + l.otherProject;
  const totalAll = sumF(doc.leaves.map(all));
  const totalFiscal = sumF(doc.leaves.map(fiscal));
  const totalOther = sumF(doc.leaves.map(other));
  const byLei = (f: (l: SynthLeaf) => Fen, lei: string) => sumF(doc.leaves.filter((l) => l.lei.code === lei).map(f));

  interface Side {
    label: string;
    no: number;
    amounts: Fen[] | null;
  }
  const sideBySide = (kind: TruthTable['kind'], title: string, header: string[], inCols: string[], outCols: string[], left: Side[], right: Side[], noteText: string) => {
    titleBlock(kind, title);
    for (const h of header) push(h);
    const n = Math.max(left.length, right.length);
    for (let i = 0; i < n; i++) {
      if (i > 0 && i % L.pageRows === 0) {
        push();
        if (L.repeatHeader) for (const h of header) push(h);
      }
      const l = left[i]!;
      const r = right[i]!;
      const lp = l.amounts ? l.amounts.map((a) => P.money(a)) : inCols.map(() => ({ raw: '', value: null, fen: 0n }) as Printed);
      const rp = r.amounts ? r.amounts.map((a) => P.money(a)) : outCols.map(() => ({ raw: '', value: null, fen: 0n }) as Printed);
      const line = push([l.label, String(l.no), ...lp.map(cell), r.label, String(r.no), ...rp.map(cell)].join('\t'));
      if (l.label) lp.forEach((p, j) => fact(kind, '收入', null, l.label, inCols[j]!, p, line));
      if (r.label) rp.forEach((p, j) => fact(kind, '支出', null, r.label, outCols[j]!, p, line));
    }
    note(noteText);
  };

  {
    const incomeLines: [string, Fen][] = [
      ['一、一般公共预算财政拨款收入', totalFiscal],
      ['二、政府性基金预算财政拨款收入', 0n],
      ['三、国有资本经营预算财政拨款收入', 0n],
      ['四、上级补助收入', 0n],
      ['五、事业收入', doc.otherIncome === '事业收入' ? totalOther : 0n],
      ['六、经营收入', 0n],
      ['七、附属单位上缴收入', 0n],
      ['八、其他收入', doc.otherIncome === '其他收入' ? totalOther : 0n],
    ];
    const left: Side[] = incomeLines.map(([label, v], i) => ({ label, no: i + 1, amounts: [v] }));
    for (let no = 9; no <= 26; no++) left.push({ label: '', no, amounts: null });
    left.push({ label: '本年收入合计', no: 27, amounts: [totalAll] });
    left.push({ label: '使用非财政拨款结余', no: 28, amounts: [0n] });
    left.push({ label: '年初结转和结余', no: 29, amounts: [doc.carry] });
    left.push({ label: '', no: 30, amounts: null });
    left.push({ label: '收入总计', no: 31, amounts: [totalAll + doc.carry] });
    const right: Side[] = SUMMARY_EXPENDITURE_LINES.map((s, i) => ({ label: s.label, no: 32 + i, amounts: [byLei(all, s.lei)] }));
    right.push({ label: '本年支出合计', no: 58, amounts: [totalAll] });
    right.push({ label: '结余分配', no: 59, amounts: [0n] });
    right.push({ label: rng.pick(['年末结转和结余', '年末结转与结余']), no: 60, amounts: [doc.carry] });
    right.push({ label: '', no: 61, amounts: null });
    right.push({ label: '支出总计', no: 62, amounts: [totalAll + doc.carry] });
    sideBySide(
      'final_summary',
      '收入支出决算总表',
      ['收入\t\t\t支出\t\t', '项目\t行次\t决算数\t项目\t行次\t决算数', '栏次\t\t1\t栏次\t\t2'],
      ['收入/决算数'],
      ['支出/决算数'],
      left,
      right,
      '本表反映部门本年度的总收支和年末结转结余情况。',
    );
  }

  // 02 收入决算表
  const incomeCols = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  classified(
    'final_income',
    '收入决算表',
    [`项目\t\t${incomeCols.join('\t')}`, `功能分类科目编码\t科目名称${'\t'.repeat(incomeCols.length)}`, `\t栏次\t${incomeCols.map((_, i) => i + 1).join('\t')}`],
    incomeCols,
    hierarchy(doc.leaves, (l) => [all(l), fiscal(l), 0n, doc.otherIncome === '事业收入' ? other(l) : 0n, 0n, 0n, doc.otherIncome === '其他收入' ? other(l) : 0n]),
    '本表反映部门本年度取得的各项收入情况。',
  );

  // 03 支出决算表
  const expCols = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const basicAll = (l: SynthLeaf) => l.fiscalBasic + l.otherBasic;
  const projectAll = (l: SynthLeaf) => l.fiscalProject + l.otherProject;
  classified(
    'final_expenditure',
    '支出决算表',
    [`项目\t\t${expCols.join('\t')}`, `功能分类科目编码\t科目名称${'\t'.repeat(expCols.length)}`, `\t栏次\t${expCols.map((_, i) => i + 1).join('\t')}`],
    expCols,
    hierarchy(doc.leaves, (l) => [all(l), basicAll(l), projectAll(l), 0n, 0n, 0n]),
    '本表反映部门本年度各项支出情况。',
  );

  // 04 财政拨款收入支出决算总表
  {
    const left: Side[] = [
      { label: '一、一般公共预算财政拨款', no: 1, amounts: [totalFiscal] },
      { label: '二、政府性基金预算财政拨款', no: 2, amounts: [0n] },
      { label: '三、国有资本经营预算财政拨款', no: 3, amounts: [0n] },
    ];
    for (let no = 4; no <= 26; no++) left.push({ label: '', no, amounts: null });
    left.push({ label: '本年收入合计', no: 27, amounts: [totalFiscal] });
    left.push({ label: '年初财政拨款结转和结余', no: 28, amounts: [0n] });
    left.push({ label: '一般公共预算财政拨款', no: 29, amounts: [0n] });
    left.push({ label: '政府性基金预算财政拨款', no: 30, amounts: [0n] });
    left.push({ label: '国有资本经营预算财政拨款', no: 31, amounts: [0n] });
    left.push({ label: '总计', no: 32, amounts: [totalFiscal] });
    const right: Side[] = SUMMARY_EXPENDITURE_LINES.map((s, i) => {
      const v = byLei(fiscal, s.lei);
      return { label: s.label, no: 33 + i, amounts: [v, v, 0n, 0n] };
    });
    right.push({ label: '本年支出合计', no: 59, amounts: [totalFiscal, totalFiscal, 0n, 0n] });
    right.push({ label: '年末财政拨款结转和结余', no: 60, amounts: [0n, 0n, 0n, 0n] });
    for (let no = 61; no <= 63; no++) right.push({ label: '', no, amounts: null });
    right.push({ label: '总计', no: 64, amounts: [totalFiscal, totalFiscal, 0n, 0n] });
    sideBySide(
      'final_fiscal_summary',
      '财政拨款收入支出决算总表',
      [
        '收入\t\t\t支出\t\t\t\t\t',
        '项目\t行次\t金额\t项目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款',
        '栏次\t\t1\t栏次\t\t2\t3\t4\t5',
      ],
      ['收入/金额'],
      ['支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '支出/国有资本经营预算财政拨款'],
      left,
      right,
      '本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
    );
  }

  // 05 一般公共预算财政拨款支出决算表
  classified(
    'final_general_expenditure',
    '一般公共预算财政拨款支出决算表',
    ['项目\t\t本年支出\t\t', '功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出', '\t栏次\t1\t2\t3'],
    ['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出'],
    hierarchy(doc.leaves, (l) => [fiscal(l), l.fiscalBasic, l.fiscalProject], (l) => fiscal(l) > 0n),
    '本表反映部门本年度一般公共预算财政拨款支出情况。',
  );

  // 06 一般公共预算财政拨款基本支出决算明细表: three printed blocks side by side
  {
    const kind = 'final_general_basic' as const;
    titleBlock(kind, '一般公共预算财政拨款基本支出决算明细表');
    const header = ['经济分类 科目编码\t科目名称\t决算数\t经济分类 科目编码\t科目名称\t决算数\t经济分类 科目编码\t科目名称\t决算数'];
    const blockRows = (codes: string[]) =>
      ECONOMIC_CLASSES.filter((c) => codes.includes(c.code)).flatMap((c) => [
        { code: c.code, name: c.name, fen: sumF(c.items.map((it) => doc.econ.get(it.code) ?? 0n)) },
        ...c.items.map((it) => ({ code: it.code, name: it.name, fen: doc.econ.get(it.code) ?? 0n })),
      ]);
    const blocks = [blockRows(['301', '303']), blockRows(['302']), blockRows(['307', '310', '399'])];
    for (const h of header) push(h);
    const n = Math.max(...blocks.map((b) => b.length));
    for (let i = 0; i < n; i++) {
      if (i > 0 && i % L.pageRows === 0) {
        push();
        if (L.repeatHeader) for (const h of header) push(h);
      }
      const parts: string[] = [];
      const pending: [number, { code: string; name: string }, Printed][] = [];
      blocks.forEach((b, bi) => {
        const r = b[i];
        if (!r) {
          parts.push('', '', '');
          return;
        }
        const p = P.money(r.fen);
        parts.push(r.code, r.name, p.raw);
        pending.push([bi, r, p]);
      });
      const line = push(parts.join('\t'));
      for (const [bi, r, p] of pending) fact(kind, `第${bi + 1}栏`, r.code, r.name, '决算数', p, line);
    }
    const personnel = sumF(ECONOMIC_CLASSES.filter((c) => c.personnel).flatMap((c) => c.items.map((it) => doc.econ.get(it.code) ?? 0n)));
    const publicFunds = sumF(ECONOMIC_CLASSES.filter((c) => !c.personnel).flatMap((c) => c.items.map((it) => doc.econ.get(it.code) ?? 0n)));
    const pp = P.text(personnel);
    const pg = P.text(publicFunds);
    const line = push(['', '人员经费合计', pp.raw, '', '', '', '', '公用经费合计', pg.raw].join('\t'));
    fact(kind, '第1栏', null, '人员经费合计', '决算数', pp, line);
    fact(kind, '第3栏', null, '公用经费合计', '决算数', pg, line);
    note('本表反映部门本年度一般公共预算财政拨款基本支出明细情况。');
  }

  // 07 政府性基金, 08 国有资本经营: this department has none (printed 合计 row and the statement)
  const govCols = ['年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余'];
  classified(
    'final_gov_fund',
    '政府性基金预算财政拨款收入支出决算表',
    ['项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余', '功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t', '\t栏次\t1\t2\t3\t4\t5\t6'],
    govCols,
    [{ code: null, name: '合计', amounts: govCols.map(() => 0n) }],
    '本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
    '我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。',
  );
  classified(
    'final_state_capital',
    '国有资本经营预算财政拨款支出决算表',
    ['项目\t\t本年支出\t\t', '科目代码\t科目名称\t小计\t基本支出\t项目支出', '\t栏次\t1\t2\t3'],
    ['本年支出/小计', '本年支出/基本支出', '本年支出/项目支出'],
    [{ code: null, name: '合计', amounts: [0n, 0n, 0n] }],
    '本表反映部门本年度国有资本经营预算财政拨款支出情况。',
    '我部门没有使用国有资本经营预算安排的支出，故本表无数据。',
  );

  // 09 三公
  const threeCells = (t: ThreePublic): Fen[] => [t.abroad + t.carPurchase + t.carRunning + t.reception, t.abroad, t.carPurchase + t.carRunning, t.carPurchase, t.carRunning, t.reception];
  const threeNames = ['合计', '因公出国（境）费', '公务用车购置及运行维护费/小计', '公务用车购置及运行维护费/公务用车购置费', '公务用车购置及运行维护费/公务用车运行维护费', '公务接待费'];
  let threeTotals: [Printed, Printed] | null = null;
  {
    const kind = 'final_three_public' as const;
    titleBlock(kind, '财政拨款“三公”经费支出决算表');
    push('预算数\t\t\t\t\t\t决算数\t\t\t\t\t');
    push('合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费');
    push('\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t');
    push(Array.from({ length: 12 }, (_, i) => i + 1).join('\t'));
    const values = [...threeCells(doc.threeBudget), ...threeCells(doc.threeActual)].map((v) => P.money(v));
    const columns = [...threeNames.map((n) => `预算数/${n}`), ...threeNames.map((n) => `决算数/${n}`)];
    if (values.every((v) => v.value === null)) {
      note('本表反映部门本年度财政拨款“三公”经费支出预决算情况。');
      push('说明：本表无数据');
      push();
    } else {
      const line = push(values.map(cell).join('\t'));
      values.forEach((p, j) => fact(kind, null, null, '*', columns[j]!, p, line));
      note('本表反映部门本年度财政拨款“三公”经费支出预决算情况。');
      if (values.every((v) => v.fen === 0n)) {
        push('说明：本部门本年度无“三公”经费支出，故本表无数据。');
        push();
      }
    }
    threeTotals = [P.text(threeCells(doc.threeBudget)[0]!), P.text(threeCells(doc.threeActual)[0]!)];
  }

  // ---- narrative (第三部分) with claims computed from the printed table figures
  push(md(`第三部分 ${y}年度部门决算情况说明`));
  push();
  const unitWord = L.unit;
  const claimMoney = (topic: string, p: Printed, text: string, line: number) =>
    claims.push({ topic, text, value: p.fen === 0n ? '0' : dec(p.fen, 2), measure: 'yuan', unit: unitWord, line });
  const claimPct = (topic: string, pct: string, text: string, line: number) => claims.push({ topic, text, value: dec(BigInt(pct.replace('.', '')), 2), measure: 'percent', unit: '%', line });
  {
    push(md('一、收入支出决算总体情况说明'));
    push();
    const tot = P.text(totalAll + doc.carry);
    const phrase = `收、支总计均为${tot.raw}${unitWord}`;
    const n = push(`${y}年度${phrase}。`);
    claimMoney('total', tot, phrase, n);
    push();
  }
  {
    push(md('二、收入决算情况说明'));
    push();
    const inc = P.text(totalAll);
    const fis = P.text(totalFiscal);
    const oth = P.text(totalOther);
    const fisPct = percent(fis.fen, inc.fen);
    const parts = [`收入合计${inc.raw}${unitWord}`, `财政拨款收入${fis.raw}${unitWord}`, `占${fisPct}%`];
    let text = `${y}年度${parts[0]}，其中：${parts[1]}，${parts[2]}`;
    let othPct: string | null = null;
    if (totalOther > 0n) {
      othPct = percent(oth.fen, inc.fen);
      text += `；${doc.otherIncome}${oth.raw}${unitWord}，占${othPct}%`;
    }
    const n = push(`${text}。`);
    claimMoney('income_total', inc, parts[0]!, n);
    claimMoney('income_fiscal', fis, parts[1]!, n);
    claimPct('income_fiscal_share', fisPct, parts[2]!, n);
    if (othPct !== null) {
      claimMoney('income_other', oth, `${doc.otherIncome}${oth.raw}${unitWord}`, n);
      claimPct('income_other_share', othPct, `占${othPct}%`, n);
    }
    push();
  }
  {
    push(md('三、支出决算情况说明'));
    push();
    const exp = P.text(totalAll);
    const bas = P.text(sumF(doc.leaves.map(basicAll)));
    const pro = P.text(sumF(doc.leaves.map(projectAll)));
    const bp = percent(bas.fen, exp.fen);
    const pp = percent(pro.fen, exp.fen);
    const n = push(`${y}年度支出合计${exp.raw}${unitWord}，其中：基本支出${bas.raw}${unitWord}，占${bp}%；项目支出${pro.raw}${unitWord}，占${pp}%。`);
    claimMoney('expenditure_total', exp, `支出合计${exp.raw}${unitWord}`, n);
    claimMoney('expenditure_basic', bas, `基本支出${bas.raw}${unitWord}`, n);
    claimPct('expenditure_basic_share', bp, `占${bp}%`, n);
    claimMoney('expenditure_project', pro, `项目支出${pro.raw}${unitWord}`, n);
    claimPct('expenditure_project_share', pp, `占${pp}%`, n);
    push();
  }
  {
    push(md('九、财政拨款“三公”经费支出决算情况说明'));
    push();
    const [bud, act] = threeTotals!;
    let text = `${y}年度“三公”经费财政拨款支出预算为${bud.raw}${unitWord}，支出决算为${act.raw}${unitWord}`;
    let rate: string | null = null;
    if (bud.fen > 0n) {
      rate = percent(act.fen, bud.fen);
      text += `，完成预算的${rate}%`;
    }
    const n = push(`${text}。`);
    claimMoney('three_public_budget', bud, `预算为${bud.raw}${unitWord}`, n);
    claimMoney('three_public_actual', act, `支出决算为${act.raw}${unitWord}`, n);
    if (rate !== null) claimPct('three_public_rate', rate, `完成预算的${rate}%`, n);
    push();
  }
  push(md('第四部分 名词解释'));
  push();
  push('一、财政拨款收入：单位从同级政府财政部门取得的财政预算资金。');
  push();
  push('二、基本支出：为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  push();

  const truth: Truth = {
    generator_version: GENERATOR_VERSION,
    seed: doc.seed,
    doc_id: doc.stem,
    department: dept,
    region: doc.region,
    fiscal_year: y,
    doc_kind: 'final',
    published: `${doc.published.year}-${String(doc.published.month).padStart(2, '0')}`,
    budget_units: doc.budgetUnits,
    layout: doc.layout,
    tables,
    facts,
    claims,
  };
  return { text: lines.join('\n') + '\n', truth };
}
