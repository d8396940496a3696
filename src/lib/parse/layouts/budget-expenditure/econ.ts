import { add, type Decimal } from '../../../decimal.ts';
import type { Row } from '../../../model/table.ts';
import { econClassOf } from '../../tables/econ-classes.ts';

/**
 * Per-unit totals of the 支出经济分类汇总表 by economic class, in printed units (万元): 301 工资福利支出 → wages,
 * 302 商品和服务支出 → goods, 303 对个人和家庭的补助 → family, 309/310 资本性支出 → capital; `all` is the sum of
 * every economic row of the unit. Used to place the basic-expenditure breakdown of a unit row whose blank cells were
 * dropped when the unit has no project spending (then the economic rows are all basic expenditure).
 */
export interface EconTotals {
  wages: Decimal;
  goods: Decimal;
  family: Decimal;
  capital: Decimal;
  all: Decimal;
  rows: number;
}

export function econTotalsByUnit(rows: readonly Row[], printedValue: (r: Row) => Decimal | null): Map<string, EconTotals> {
  const out = new Map<string, EconTotals>();
  const zero: Decimal = { units: 0n, scale: 0 };
  for (const r of rows) {
    const unit = r.entity?.split(' ')[0];
    if (!unit || r.extra_codes.unit_code || r.is_total) continue;
    const v = printedValue(r);
    if (!v) continue;
    const t = out.get(unit) ?? { wages: zero, goods: zero, family: zero, capital: zero, all: zero, rows: 0 };
    t.all = add(t.all, v);
    t.rows++;
    const cls = r.code ? econClassOf(r.code) : undefined;
    if (cls) t[cls] = add(t[cls], v);
    out.set(unit, t);
  }
  return out;
}
