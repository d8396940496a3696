/** The 支出经济分类 classes of a 基本支出 (src/lib/parse/tables/econ-classes.ts): 人员经费 = 301 + 303, 公用经费 = 302, 309, 310. */
import { describe, expect, it } from 'vitest';
import { econClassOf, isPersonnelCode } from '../../src/lib/parse/tables/econ-classes.ts';

describe('economic classes of a 基本支出', () => {
  it('puts 301 工资福利支出 and 303 对个人和家庭的补助 under 人员经费, at any depth of code', () => {
    expect(['301', '30101', '3010199', '30302'].map(isPersonnelCode)).toEqual([true, true, true, true]);
  });
  it('puts 302 商品和服务支出 and 309, 310 资本性支出 under 公用经费', () => {
    expect(['30224', '30906', '31007'].map(isPersonnelCode)).toEqual([false, false, false]);
    expect(['30224', '31007'].map(econClassOf)).toEqual(['goods', 'capital']);
  });
  it('knows no class for other codes (307 债务利息, a function code)', () => {
    expect(['30701', '20101'].map(isPersonnelCode)).toEqual([null, null]);
  });
});
