import type { Rng } from './rng.ts';

/**
 * How one synthetic document is printed. Every layout variant the parser is taught becomes one of these options; a
 * family (below) is a named preset that fixes some options and draws the rest from the document's seed. The options
 * chosen are written into the truth file, so a failing document says exactly which variants it combined.
 */
export interface RenderOptions {
  /** 决算 (final accounts) or 预算 (budget). */
  docKind: 'final' | 'budget';
  /**
   * Text form of the tables: tab-separated cells (as the seeds), markdown pipe tables, or space-aligned columns as
   * `pdftotext -layout` writes them (no tabs, right-aligned numbers, wrapped headers, page furniture). `html`: printed
   * as HTML pages for the real PDF path (Chromium → pdftotext, synth/pdf.ts), never a text form of the families below.
   */
  form: 'tab' | 'pipe' | 'spaced' | 'html';
  /**
   * How a table title is numbered: `公开01表`, `表1`, `表一`, `附表1`, `附件1-1`, `预算01表`, no number, or a running
   * head (`2023年度部门决算表 收入支出决算总表`) that carries the title.
   */
  titleStyle: 'gongkai' | 'biao' | 'biao-cn' | 'fubiao' | 'fujian' | 'yusuan' | 'none' | 'running-head';
  /** Title as a markdown heading (`## 收入决算表`). */
  titleHeading: boolean;
  /** The title stands before or after the 部门/单位 lines. */
  titlePosition: 'before' | 'after';
  /** 功能分类 codes: joined (`2080501`), split into 类/款/项 columns, printed with spaces (`208 05 01`), or none (level by indentation). */
  codes: 'joined' | 'split' | 'spaced' | 'none';
  /** Names of 款 and 项 rows indented under their 类 (as budgets' 一般公共预算支出表 print them), codes or not. */
  indentNames: boolean;
  /**
   * 预算 expenditure and income tables by budget unit, as the seeds print them: 类 | 款 | 项 | 单位代码 | 单位（科目名称）
   * with a unit row above its 项 rows and the basic expenditure split by 经济分类 (工资福利 … 资本性支出); the
   * 基本支出表 with 部门 and 政府 经济分类 codes. Otherwise by 功能分类 with 类/款/项 subtotal rows.
   */
  unitRows: boolean;
  /** The 合计 row of classified tables stands first or last. */
  totalRow: 'first' | 'last';
  /** Label of that row: 合计 or 总计. */
  totalLabel: '合计' | '总计';
  /** Long row labels wrap onto a second line (spaced form) or a `<br>` (pipe form). */
  wrapLabels: boolean;
  /** 基本支出 as one column, or `其中：基本支出` with 人员经费 and 公用经费 under it. */
  basicHeader: 'plain' | 'qizhong';
  /** Budgets from 2022 on: 项目支出 split into 特定目标类 and 其他运转类. */
  projectSplit: boolean;
  /** Wording of fiscal money in headers: 财政拨款 or 财政拨款（补助） or 一般公共预算拨款. */
  fiscalWord: '财政拨款' | '财政拨款（补助）' | '一般公共预算拨款';
  /** 决算 一般公共预算财政拨款支出决算表 with 年初预算数 and 全年预算数 columns before the 决算数 columns. */
  budgetColumns: boolean;
  /** A 行次 column in classified tables, and a 栏次 row under the header. */
  rowNumbers: boolean;
  columnNumbers: boolean;
  /** 三公 table horizontal (one row) or vertical (items as rows, 预算数/决算数 as columns). */
  threePublic: 'horizontal' | 'vertical';
  /** Pipe form: multi-line headers as several rows, or as one row with `<br>` inside the cells; bold header cells. */
  pipeHeader: 'rows' | 'br';
  pipeBold: boolean;
  /** Spaced form: page numbers printed at each page foot (`— 3 —`, `-3-`, `第3页 共12页`, `3/12`), and a running head repeated at each page top. */
  pageNumbers: 'none' | 'dash-em' | 'dash' | 'of-total' | 'slash';
  runningHead: boolean;
  /** Spaced form: the 合计 row printed without its label. */
  unlabeledTotal: boolean;
  /** Spaced form: figures end within one character of their column's end (pdftotext maps x positions to columns). */
  alignJitter: boolean;
  /** Spaced form: a wrapped label's figures stand on its first line, or on its middle line (pdftotext centres). */
  wrapNumbersLine: 'first' | 'middle';
  /**
   * 预算 table names: the national short names, or as some provinces print them (财务收支预算总表, 部门收入预算表,
   * 一般公共预算支出功能分类预算表, 一般公共预算基本支出部门预算经济分类预算表, 政府性基金预算支出功能分类预算表), with
   * their forms: 财政专户管理资金 and 单位资金 (事业收入 … 其他收入) in the 收支总表 and, as a group of columns, in the 收入表.
   */
  tableNames: 'national' | 'district';
  /**
   * Spaced form: header words stacked in chunks over up to three lines, or as pdftotext prints merged PDF cells: narrow
   * cells, each word wrapped and centred in its cell (a cell spanning header rows centred over them, a group label
   * centred over its columns), so the lines of neighbouring cells interleave and crowded words are pushed apart.
   */
  headerCells: 'stacked' | 'merged';
  /**
   * How a zero cell that the layout prints (not blank) is written: as the layout's `0.00` (`layout`), a hyphen `-`, a
   * dash `—` (both mean the cell holds nothing: no fact, as a blank), or a bare `0` (a zero value).
   */
  zeroMark: 'layout' | 'hyphen' | 'dash' | 'int';
  /** Amounts printed as whole numbers of the unit (`250000` 元, `1540` 万元), no decimals. */
  wholeNumbers: boolean;
  /** The unit printed at the right of the title line (`收入决算表    单位：万元`), not on a line of its own. */
  unitOnTitle: boolean;
  /** Indented names (款/项 under their 类, codes or not) indented with ASCII or full-width (`　`) spaces. */
  indentChar: 'space' | 'ideographic';
  /** Notes after a table: one `注：` line, or `注：` / `备注：` followed by numbered lines (`1.…`, `2.…`). */
  notes: 'one' | 'numbered';
  /** 决算 一般公共预算财政拨款支出决算表: the word for the budget after adjustments (with budgetColumns). */
  adjustedWord: '全年预算数' | '调整预算数' | '调整后预算数';
  /** 收入支出决算总表: the row of fund balance used (`使用非财政拨款结余`, or `用事业基金弥补收支差额` as older forms print it). */
  balanceWord: '使用非财政拨款结余' | '用事业基金弥补收支差额';
  /** 基本支出决算表: a group row `人员经费` | `公用经费` over its three column blocks. */
  basicGroups: boolean;
  /**
   * Spaced form: where a wrapped label's code stands: on the figures line, or on the label's first line (the code cell
   * written with the first line of the name, the figures with a later one: `30108 机关事业单位基本养老保险缴` / `费  2,000.00`).
   */
  wrapCodeLine: 'figures' | 'first';
  /**
   * Spaced form: header words left-aligned at their column's start, or centred over their cell as PDFs print merged
   * header cells — group words centred over their span (收入 | 支出; 人员经费 over one 基本支出 triplet, 公用经费 over
   * two), one-line headers such as 行次 centred in a cell wider than its right-aligned figures, so they stand left of
   * them.
   */
  headerAlign: 'left' | 'centre';
  /**
   * Spaced form: in a table of figures only under a 栏次 row (the horizontal 三公 table), header words drift left of the
   * columns they head, more the further right (pdftotext measures CJK glyphs narrower than they print), so only their
   * order tells their columns.
   */
  headerDrift: boolean;
  /**
   * Spaced form: positions as `pdftotext -layout` gives them to a PDF with narrow columns (each word at the column of
   * the longest run of text to its left, one column per character however wide it prints): the figures of a column
   * start together (their ends vary), and header words drift left by one column per two CJK characters before them on
   * their line, so the rest of a broken word no longer stands under its start.
   */
  pdftotextDrift: boolean;
  /**
   * Spaced form: a table whose every row fills every figure column printed as pdftotext writes it when the figure
   * columns are as narrow as their figures: each row's figures one space apart, from where the first figure column
   * starts give or take two characters, so the columns of different rows overlap and only the order of a row's figures
   * tells their columns.
   */
  squeezedFigures: boolean;
}

export const TITLE_STYLES: readonly RenderOptions['titleStyle'][] = ['gongkai', 'biao', 'biao-cn', 'fubiao', 'fujian', 'yusuan', 'none', 'running-head'];

type Chooser = (rng: Rng) => Partial<RenderOptions>;

/** Options of the seeds' own layouts (tab-separated cells, 公开NN表 numbering, joined codes, 合计 first). */
function seedLike(docKind: 'final' | 'budget'): RenderOptions {
  return {
    docKind,
    form: 'tab',
    titleStyle: docKind === 'final' ? 'gongkai' : 'none',
    titleHeading: false,
    titlePosition: 'before',
    codes: 'joined',
    indentNames: false,
    unitRows: false,
    totalRow: 'first',
    totalLabel: '合计',
    wrapLabels: false,
    basicHeader: 'plain',
    projectSplit: docKind === 'budget',
    fiscalWord: '财政拨款',
    budgetColumns: false,
    rowNumbers: false,
    columnNumbers: docKind === 'final',
    threePublic: 'horizontal',
    pipeHeader: 'rows',
    pipeBold: false,
    pageNumbers: 'none',
    runningHead: false,
    unlabeledTotal: false,
    alignJitter: false,
    wrapNumbersLine: 'first',
    tableNames: 'national',
    headerCells: 'stacked',
    zeroMark: 'layout',
    wholeNumbers: false,
    unitOnTitle: false,
    indentChar: 'space',
    notes: 'one',
    adjustedWord: '全年预算数',
    balanceWord: '使用非财政拨款结余',
    basicGroups: false,
    wrapCodeLine: 'figures',
    headerAlign: 'left',
    headerDrift: false,
    pdftotextDrift: false,
    squeezedFigures: false,
  };
}

/** Variants of titles, codes, rows and headers that any text form can carry (the 'new vocabulary' of a family). */
const anyVocabulary: Chooser = (rng) => {
  const V = OPTION_VALUES;
  return {
    titleStyle: rng.pick(V.titleStyle),
    titlePosition: rng.pick(V.titlePosition),
    codes: rng.pick(V.codes),
    indentNames: rng.chance(0.5),
    unitRows: rng.chance(0.3),
    totalRow: rng.pick(V.totalRow),
    totalLabel: rng.pick(V.totalLabel),
    basicHeader: rng.pick(V.basicHeader),
    fiscalWord: rng.pick(V.fiscalWord),
    budgetColumns: rng.chance(0.3),
    rowNumbers: rng.chance(0.3),
    columnNumbers: rng.chance(0.5),
    threePublic: rng.pick(V.threePublic),
  };
};

export interface Family {
  name: string;
  /** One line: what documents of this family look like. */
  description: string;
  /** Fixed options of the family, then the options drawn per document. */
  docKind: 'final' | 'budget';
  choose: Chooser;
}

/**
 * The named families. A family fixes what makes it a family (text form, document kind, vocabulary) and draws every
 * other option from the document's seed, so a corpus of one family still covers the combinations.
 */
export const FAMILIES: readonly Family[] = [
  {
    name: 'seed-tab',
    docKind: 'final',
    description: '决算 shaped like the seeds: tab-separated cells, 公开NN表 or no number, markdown titles or not, joined codes',
    choose: (rng) => ({ titleStyle: rng.chance(0.75) ? 'gongkai' : 'none', titleHeading: rng.chance(0.3) }),
  },
  { name: 'budget-seed-tab', docKind: 'budget', description: '预算 shaped like the seeds: tab-separated cells, unit rows with split 类/款/项 codes, 经济分类 columns, 项目支出 split', choose: () => ({ codes: 'split', unitRows: true, projectSplit: true }) },
  {
    name: 'pipe',
    docKind: 'final',
    description: '决算 as markdown pipe tables (|---| separators, bold or <br> headers, empty | | cells), titles like 表1',
    choose: (rng) => ({ form: 'pipe', titleStyle: rng.pick(['biao', 'biao-cn', 'gongkai', 'none'] as const), titleHeading: rng.chance(0.5), pipeHeader: rng.pick(['rows', 'br'] as const), pipeBold: rng.chance(0.5), wrapLabels: rng.chance(0.3) }),
  },
  {
    name: 'spaced-pdftotext',
    docKind: 'final',
    description: '决算 as pdftotext -layout writes it: space-aligned columns, wrapped, centred or drifting headers, page furniture, unlabeled 合计, codes above wrapped labels',
    choose: (rng) => ({
      form: 'spaced',
      titleStyle: rng.pick(['gongkai', 'biao', 'none', 'running-head'] as const),
      pageNumbers: rng.pick(OPTION_VALUES.pageNumbers),
      runningHead: rng.chance(0.5),
      unlabeledTotal: rng.chance(0.5),
      wrapLabels: rng.chance(0.6),
      alignJitter: rng.chance(0.5),
      wrapNumbersLine: rng.pick(OPTION_VALUES.wrapNumbersLine),
      codes: rng.pick(['joined', 'joined', 'spaced'] as const),
      wrapCodeLine: rng.pick(OPTION_VALUES.wrapCodeLine),
      headerAlign: rng.pick(OPTION_VALUES.headerAlign),
      headerDrift: rng.chance(0.5),
    }),
  },
  {
    name: 'titles',
    docKind: 'final',
    description: '决算 in tab form with every title numbering style and title position',
    choose: (rng) => ({ titleStyle: rng.pick(TITLE_STYLES), titleHeading: rng.chance(0.3), titlePosition: rng.pick(['before', 'after'] as const) }),
  },
  {
    name: 'codes-rows',
    docKind: 'final',
    description: '决算 in tab form with split/spaced/no codes (indentation), 合计 or 总计 first or last, long labels wrapped',
    choose: (rng) => ({
      codes: rng.pick(['split', 'spaced', 'none'] as const),
      totalRow: rng.pick(OPTION_VALUES.totalRow),
      totalLabel: rng.pick(OPTION_VALUES.totalLabel),
      wrapLabels: rng.chance(0.5),
    }),
  },
  {
    name: 'headers',
    docKind: 'final',
    description: '决算 in tab form with header vocabulary variants: 其中：基本支出 + 人员/公用经费, 财政拨款（补助）, 年初预算数/全年预算数/决算数, 行次, vertical 三公',
    choose: (rng) => ({
      basicHeader: 'qizhong',
      fiscalWord: rng.pick(['财政拨款（补助）', '一般公共预算拨款'] as const),
      budgetColumns: rng.chance(0.5),
      rowNumbers: rng.chance(0.5),
      columnNumbers: rng.chance(0.5),
      threePublic: rng.pick(['horizontal', 'vertical'] as const),
    }),
  },
  {
    name: 'budget-joined-codes',
    docKind: 'budget',
    description: '预算 with joined 7-digit codes, indented 类/款/项 subtotal rows, vertical 三公, titles like 预算01表',
    choose: (rng) => ({ codes: 'joined', indentNames: true, titleStyle: rng.pick(['yusuan', 'fujian', 'biao'] as const), threePublic: 'vertical', totalRow: rng.pick(['first', 'last'] as const) }),
  },
  {
    name: 'budget-spaced',
    docKind: 'budget',
    description: '预算 as pdftotext -layout writes it, with any vocabulary variant',
    choose: (rng) => ({
      ...anyVocabulary(rng),
      form: 'spaced',
      pageNumbers: rng.pick(OPTION_VALUES.pageNumbers),
      runningHead: rng.chance(0.5),
      unlabeledTotal: rng.chance(0.3),
      wrapLabels: rng.chance(0.5),
      alignJitter: rng.chance(0.5),
      wrapNumbersLine: rng.pick(OPTION_VALUES.wrapNumbersLine),
    }),
  },
  {
    name: 'mixed',
    docKind: 'final',
    description: 'any form, any vocabulary, 决算 or 预算 (the long tail)',
    choose: (rng) => {
      const form = rng.pick(['tab', 'pipe', 'spaced'] as const);
      return {
        ...anyVocabulary(rng),
        docKind: rng.pick(['final', 'budget'] as const),
        form,
        titleHeading: form !== 'spaced' && rng.chance(0.4),
        wrapLabels: rng.chance(0.5),
        pipeHeader: rng.pick(['rows', 'br'] as const),
        pipeBold: rng.chance(0.5),
        pageNumbers: form === 'spaced' ? rng.pick(OPTION_VALUES.pageNumbers) : 'none',
        runningHead: form === 'spaced' && rng.chance(0.5),
        unlabeledTotal: form === 'spaced' && rng.chance(0.3),
        alignJitter: form === 'spaced' && rng.chance(0.5),
        wrapNumbersLine: rng.pick(OPTION_VALUES.wrapNumbersLine),
      };
    },
  },
  {
    name: 'budget-district',
    docKind: 'budget',
    description: '预算 of a district as pdftotext -layout writes its PDF: provincial table names, 单位资金 columns, header words wrapped in narrow merged cells',
    choose: (rng) => ({
      form: 'spaced',
      tableNames: 'district',
      headerCells: 'merged',
      titleStyle: rng.pick(['none', 'yusuan', 'biao'] as const),
      codes: 'joined',
      totalRow: 'first',
      basicHeader: rng.pick(OPTION_VALUES.basicHeader),
      pageNumbers: rng.pick(OPTION_VALUES.pageNumbers),
      wrapLabels: rng.chance(0.5),
      unlabeledTotal: false,
    }),
  },
  {
    name: 'real-variants-final',
    docKind: 'final',
    description: '决算 with layout features seen in other provinces: -/—/0 for zero, whole numbers, unit on the title line, full-width indents, numbered notes, 调整预算数, 用事业基金弥补收支差额, 人员经费|公用经费 groups',
    choose: (rng) => ({ ...realVariants(rng), form: rng.pick(['tab', 'tab', 'pipe', 'spaced'] as const), budgetColumns: rng.chance(0.5), basicHeader: rng.pick(OPTION_VALUES.basicHeader), columnNumbers: rng.chance(0.5), codes: rng.pick(OPTION_VALUES.codes), indentNames: rng.chance(0.5) }),
  },
  {
    name: 'real-variants-budget',
    docKind: 'budget',
    description: '预算 with layout features seen in other provinces: -/—/0 for zero, whole 元, unit on the title line, full-width indents, numbered notes',
    choose: (rng) => ({ ...realVariants(rng), form: rng.pick(['tab', 'tab', 'pipe', 'spaced'] as const), codes: rng.pick(['joined', 'split'] as const), indentNames: rng.chance(0.6), totalRow: rng.pick(OPTION_VALUES.totalRow) }),
  },
  {
    name: 'pdftotext-drift',
    docKind: 'final',
    description: '决算 or 预算 as pdftotext -layout writes a PDF with narrow columns: header words drift left of the words they continue, figures start together, a wrapped label\'s code on its first line and its figures lower down',
    choose: (rng) => ({
      ...anyVocabulary(rng),
      docKind: rng.pick(['final', 'budget'] as const),
      form: 'spaced',
      pageNumbers: rng.pick(OPTION_VALUES.pageNumbers),
      wrapLabels: true,
      wrapNumbersLine: 'middle',
      pdftotextDrift: true,
      wrapCodeLine: rng.pick(OPTION_VALUES.wrapCodeLine),
    }),
  },
  {
    name: 'squeezed-pdftotext',
    docKind: 'final',
    description: '决算 or 预算 as pdftotext -layout writes a PDF whose figure columns are as narrow as their figures: in a table whose every row is full, each row\'s figures one space apart, so only their order tells their columns',
    choose: (rng) => ({
      docKind: rng.pick(['final', 'budget'] as const),
      form: 'spaced',
      titleStyle: rng.pick(['gongkai', 'biao', 'none', 'running-head'] as const),
      pageNumbers: rng.pick(OPTION_VALUES.pageNumbers),
      unlabeledTotal: rng.chance(0.5),
      codes: rng.pick(['joined', 'joined', 'spaced'] as const),
      squeezedFigures: true,
    }),
  },
];

/** Variants found in real disclosures of other provinces (docs/parsing.md, 'Layout features found in real disclosures'). */
function realVariants(rng: Rng): Partial<RenderOptions> {
  const V = OPTION_VALUES;
  return {
    zeroMark: rng.pick(V.zeroMark),
    wholeNumbers: rng.chance(0.4),
    unitOnTitle: rng.chance(0.5),
    indentChar: rng.pick(V.indentChar),
    notes: rng.pick(V.notes),
    adjustedWord: rng.pick(V.adjustedWord),
    balanceWord: rng.pick(V.balanceWord),
    basicGroups: rng.chance(0.5),
  };
}

export const FAMILY_NAMES = FAMILIES.map((f) => f.name);

export function family(name: string): Family {
  const f = FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(`unknown family «${name}»; known: ${FAMILY_NAMES.join(', ')}`);
  return f;
}

/** The options of one document of a family: the family's preset with its per-document draws, then any overrides. */
export function chooseOptions(fam: Family, rng: Rng, overrides: Partial<RenderOptions> = {}): RenderOptions {
  const drawn = fam.choose(rng);
  const docKind = overrides.docKind ?? drawn.docKind ?? fam.docKind;
  const o: RenderOptions = { ...seedLike(docKind), ...drawn, ...overrides, docKind };
  // Budgets before 2022 have no 项目支出 split; the generator decides that from the year (see generate.ts).
  return o;
}

/** Every option name (the CLI accepts each as a flag: `--form spaced --codes split --wrapLabels true`). */
export const OPTION_KEYS = Object.keys(seedLike('final')) as (keyof RenderOptions)[];

/** The values each option takes (booleans: true, false). */
export const OPTION_VALUES: { readonly [K in keyof RenderOptions]: readonly RenderOptions[K][] } = {
  docKind: ['final', 'budget'],
  form: ['tab', 'pipe', 'spaced'],
  titleStyle: TITLE_STYLES,
  titleHeading: [true, false],
  titlePosition: ['before', 'after'],
  codes: ['joined', 'split', 'spaced', 'none'],
  indentNames: [true, false],
  unitRows: [true, false],
  totalRow: ['first', 'last'],
  totalLabel: ['合计', '总计'],
  wrapLabels: [true, false],
  basicHeader: ['plain', 'qizhong'],
  projectSplit: [true, false],
  fiscalWord: ['财政拨款', '财政拨款（补助）', '一般公共预算拨款'],
  budgetColumns: [true, false],
  rowNumbers: [true, false],
  columnNumbers: [true, false],
  threePublic: ['horizontal', 'vertical'],
  pipeHeader: ['rows', 'br'],
  pipeBold: [true, false],
  pageNumbers: ['none', 'dash-em', 'dash', 'of-total', 'slash'],
  runningHead: [true, false],
  unlabeledTotal: [true, false],
  alignJitter: [true, false],
  wrapNumbersLine: ['first', 'middle'],
  tableNames: ['national', 'district'],
  headerCells: ['stacked', 'merged'],
  zeroMark: ['layout', 'hyphen', 'dash', 'int'],
  wholeNumbers: [true, false],
  unitOnTitle: [true, false],
  indentChar: ['space', 'ideographic'],
  notes: ['one', 'numbered'],
  adjustedWord: ['全年预算数', '调整预算数', '调整后预算数'],
  balanceWord: ['使用非财政拨款结余', '用事业基金弥补收支差额'],
  basicGroups: [true, false],
  wrapCodeLine: ['figures', 'first'],
  headerAlign: ['left', 'centre'],
  headerDrift: [true, false],
  pdftotextDrift: [true, false],
  squeezedFigures: [true, false],
};

/** Parse option flags (`--name value`) into overrides; booleans are `true`/`false`. Unknown values are errors. */
export function parseOptionFlags(args: readonly string[]): Partial<RenderOptions> {
  const out: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    const i = args.indexOf(`--${key}`);
    if (i < 0 || args[i + 1] === undefined) continue;
    const raw = args[i + 1]!;
    const value = (OPTION_VALUES[key] as readonly unknown[]).find((v) => String(v) === raw);
    if (value === undefined) throw new Error(`--${key} takes ${OPTION_VALUES[key].join(' | ')}, not «${raw}»`);
    out[key] = value;
  }
  return out as Partial<RenderOptions>;
}
