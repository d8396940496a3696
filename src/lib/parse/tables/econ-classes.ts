/**
 * The 支出经济分类 classes a 基本支出 splits into, by 类 code (the first three digits of an economic code): 301
 * 工资福利支出 and 303 对个人和家庭的补助 are 人员经费; 302 商品和服务支出 and 309/310 资本性支出 are 公用经费 (the
 * national definition the 基本支出 tables print: 人员经费 = 301 + 303, 公用经费 = the others). Pure.
 */

/** The class of each 类 code a 基本支出 uses. */
export const ECON_CLASS = { '301': 'wages', '302': 'goods', '303': 'family', '309': 'capital', '310': 'capital' } as const;

export type EconClassKey = (typeof ECON_CLASS)[keyof typeof ECON_CLASS];

/** The class of an economic code (3, 5 or 7 digits), or undefined for a code of no 基本支出 class. */
export function econClassOf(code: string): EconClassKey | undefined {
  return (ECON_CLASS as Record<string, EconClassKey>)[code.slice(0, 3)];
}

/** Whether an economic code's spending is 人员经费 (true), 公用经费 (false), or neither known (null). */
export function isPersonnelCode(code: string): boolean | null {
  const cls = econClassOf(code);
  return cls === undefined ? null : cls === 'wages' || cls === 'family';
}
