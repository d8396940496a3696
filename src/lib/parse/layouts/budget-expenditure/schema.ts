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

/** Words that must appear in the header for a schema to apply (wrapped labels are joined before the test). */
const HEADER_WORDS = ['基本支出', '项目支出', '工资福利支出', '商品和服务支出', '资本性支出', '其他运转类'];

/**
 * Choose the schema for an expenditure table from the number of printed value cells (the widest row) and the
 * header words. Returns null when the header does not look like an expenditure-by-classification table.
 */
export function chooseExpenditureSchema(headerText: string, valueWidth: number): BudgetSchema | null {
  const flat = headerText.replace(/[\s\u3000]+/g, '');
  if (!HEADER_WORDS.every((w) => flat.includes(w))) return null;
  const subtotals = (flat.match(/小计|合计/g) ?? []).length;
  if (valueWidth >= 11 || subtotals >= 5) return EXPENDITURE_11;
  return EXPENDITURE_9;
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
