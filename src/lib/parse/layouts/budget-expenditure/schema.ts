/**
 * Column schemas of the budget expenditure tables (部门支出总体情况表 / 部门支出预算表, 一般公共预算支出情况表,
 * 政府性基金 / 国有资本经营预算支出情况表). Their printed headers are often mangled by the text conversion (cells
 * shifted between header rows, wrapped labels such as `工资福利支 出`), so the value columns are taken from a fixed
 * schema chosen by the printed width and checked against the header words, never from the flattened header.
 */

export interface SchemaColumn {
  /** Stable key shared by sibling tables (total, basic, wages …). */
  key: string;
  /** Printed label variants (multi-level joined with `/`); the first one found in the header text wins. */
  labels: readonly string[];
}

export interface BudgetSchema {
  id: string;
  columns: readonly SchemaColumn[];
  /** Table identities: parent column index = Σ child column indexes. */
  identities: readonly (readonly [number, readonly number[]])[];
}

const TOTAL: SchemaColumn = { key: 'total', labels: ['合计', '总计'] };
const WAGES: SchemaColumn = { key: 'wages', labels: ['基本支出/人员经费/工资福利支出'] };
const FAMILY: SchemaColumn = {
  key: 'family',
  labels: ['基本支出/人员经费/对个人和家庭的补助', '基本支出/人员经费/对个人和家庭补助'],
};
const GOODS: SchemaColumn = { key: 'goods', labels: ['基本支出/公用经费/商品和服务支出'] };
const CAPITAL: SchemaColumn = { key: 'capital', labels: ['基本支出/公用经费/资本性支出'] };
const RUNNING: SchemaColumn = { key: 'running', labels: ['项目支出/其他运转类'] };
const SPECIFIC: SchemaColumn = { key: 'specific', labels: ['项目支出/特定目标类'] };

/** 9 value columns: 合计 | 基本支出 小计, 工资福利, 对个人和家庭, 商品和服务, 资本性 | 项目支出 小计, 其他运转类, 特定目标类. */
export const EXPENDITURE_9: BudgetSchema = {
  id: 'expenditure-9',
  columns: [
    TOTAL,
    { key: 'basic', labels: ['基本支出/小计', '基本支出/合计'] },
    WAGES,
    FAMILY,
    GOODS,
    CAPITAL,
    { key: 'project', labels: ['项目支出/小计', '项目支出/合计'] },
    RUNNING,
    SPECIFIC,
  ],
  identities: [
    [0, [1, 6]],
    [1, [2, 3, 4, 5]],
    [6, [7, 8]],
  ],
};

/** 11 value columns: adds 人员经费 小计 and 公用经费 小计 (焦作解放区 部门支出预算表). */
export const EXPENDITURE_11: BudgetSchema = {
  id: 'expenditure-11',
  columns: [
    { key: 'total', labels: ['总计', '合计'] },
    { key: 'basic', labels: ['基本支出/合计', '基本支出/小计'] },
    { key: 'personnel', labels: ['基本支出/人员经费/小计'] },
    WAGES,
    FAMILY,
    { key: 'public', labels: ['基本支出/公用经费/小计'] },
    GOODS,
    CAPITAL,
    { key: 'project', labels: ['项目支出/合计', '项目支出/小计'] },
    RUNNING,
    SPECIFIC,
  ],
  identities: [
    [0, [1, 8]],
    [1, [2, 5]],
    [2, [3, 4]],
    [5, [6, 7]],
    [8, [9, 10]],
  ],
};

/** 5 value columns: 合计 | 基本支出 小计, 人员经费, 公用经费 | 项目支出 (部门支出总表 without the economic classes). */
export const EXPENDITURE_5: BudgetSchema = {
  id: 'expenditure-5',
  columns: [
    TOTAL,
    { key: 'basic', labels: ['基本支出/小计', '基本支出/合计'] },
    { key: 'personnel', labels: ['基本支出/人员经费'] },
    { key: 'public', labels: ['基本支出/公用经费'] },
    { key: 'project', labels: ['项目支出'] },
  ],
  identities: [
    [0, [1, 4]],
    [1, [2, 3]],
  ],
};

/** Words that must appear in the header for a schema to apply (wrapped labels are joined before the test). */
const HEADER_WORDS = ['基本支出', '项目支出', '工资福利支出', '商品和服务支出', '资本性支出', '其他运转类'];

/** The economic-class words of the 9- and 11-column schemas (none of them is printed over the 5 columns). */
const ECONOMIC_WORDS = HEADER_WORDS.slice(2);

/** Words of the 5-column schema: its groups and the two parts of 基本支出. */
const HEADER_WORDS_5 = ['基本支出', '项目支出', '人员经费', '公用经费'];

/**
 * A header word printed broken over its cell's lines and interleaved with its neighbours (`商品` … `和服务支出`,
 * `其他 特定目 运转 标类 类`): present when the header holds its characters in order, each piece of it a run of at
 * least two characters but the last (so two words never make a third from single characters taken here and there).
 */
function hasBrokenWord(flat: string, word: string): boolean {
  if (flat.includes(word)) return true;
  let from = 0;
  let i = 0;
  while (i < word.length) {
    let best = 0;
    let at = -1;
    for (let len = word.length - i; len >= Math.min(2, word.length - i); len--) {
      const j = flat.indexOf(word.slice(i, i + len), from);
      if (j >= 0) {
        best = len;
        at = j;
        break;
      }
    }
    if (best === 0) return false;
    from = at + best;
    i += best;
  }
  return true;
}

/** The widest row of a table: by its cells as the reader placed them (blanks included), and by its printed figures. */
export interface PrintedWidth {
  cells: number;
  figures: number;
}

/**
 * Choose the schema for an expenditure table from the header words and the width of its widest row. Returns null
 * when the header does not look like an expenditure-by-classification table. With its words whole the header's
 * columns fit the rows, and the cells tell the width (an 11-column table may leave a column blank on every row);
 * with words broken and interleaved the reader's columns are unreliable, and only the printed figures count.
 */
export function chooseExpenditureSchema(headerText: string, width: PrintedWidth, printedHeader = ''): BudgetSchema | null {
  const flat = headerText.replace(/[\s\u3000]+/g, '');
  const printed = printedHeader.replace(/[\s\u3000]+/g, '');
  // A word the reader's header cells put out of order (a broken word's tail read into an earlier header row) still
  // stands in order in the lines as printed.
  const named = (w: string) => hasBrokenWord(flat, w) || (printed !== '' && hasBrokenWord(printed, w));
  if (HEADER_WORDS.every(named)) {
    const whole = HEADER_WORDS.every((w) => flat.includes(w));
    const subtotals = (flat.match(/小计|合计/g) ?? []).length;
    if ((whole ? width.cells : width.figures) >= 11 || subtotals >= 5) return EXPENDITURE_11;
    return EXPENDITURE_9;
  }
  if (width.figures === EXPENDITURE_5.columns.length && HEADER_WORDS_5.every((w) => hasBrokenWord(flat, w)) && !ECONOMIC_WORDS.some((w) => hasBrokenWord(flat, w)))
    return EXPENDITURE_5;
  return null;
}

/** The printed label of each schema column: the first variant whose last segment occurs in the header. */
export function schemaLabels(schema: BudgetSchema, headerText: string): string[] {
  const flat = headerText.replace(/[\s\u3000]+/g, '');
  return schema.columns.map((c) => {
    const hit = c.labels.find((l) => {
      const last = l.split('/').pop()!;
      return flat.includes(last);
    });
    return hit ?? c.labels[0]!;
  });
}
