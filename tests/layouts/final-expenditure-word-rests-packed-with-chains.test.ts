/**
 * A 支出决算表 in 万元 whose header line packs, after `基本支出`, the rests of four words one space apart — `出` of
 * 项目支出, `上级` of 上缴上级支出, `支出` of 经营支出, `位补` of 对附属单位补助支出 — two of them words or word starts of
 * their own, then the start `项目支` where it prints: `行次 合计 基本支出 出 上级 支出 位补 项目支`. The other starts stand
 * on the lines above (`上缴`, `经营`, and `对附` continued two characters left by `属单`). Each rest goes under the start
 * it ends, in order, so the six value columns read 本年支出合计 to 对附属单位补助支出. Lines as `pdftotext -layout` wrote
 * them (synth-140300-chengguanju-2015-final-00008 of the fresh corpus pdf86, lines 136–151); values read by hand (万元).
 */
import { describe, expect, it } from 'vitest';
import { cell, ingestBody } from '../helpers.ts';

const d = ingestBody(
  `2015年度\n阳泉市城市管理局部门决算`,
  `
2015年度部门决算表                                                         支出决算表
                                            2015年度
部门名称：阳泉市城市管理局                                                       单位：万元
                                                             对附
          科目编码                                     上缴 经营 属单
                          本年支出
                      行次 合计 基本支出 出 上级 支出 位补 项目支
 类 款 项        科目名称                                 支出        助支
                                                             出
201       一般公共服务支出      1 1,789.60 1,379.72 409.87 0.00 0.00 0.00
201 01    人大事务          2 149.99 58.88 91.11 0.00 0.00 0.00
201 01 01 行政运行          3 58.88 58.88 0.00 0.00 0.00 0.00
201 01 02 一般行政管理事务      4 91.11        0.00 91.11 0.00 0.00 0.00
201 03    政府办公厅（室）及相关 5 272.64 168.86 103.79 0.00 0.00 0.00
          机构事务
201 03 01 行政运行          6 168.86 168.86 0.00 0.00 0.00 0.00
`,
);

describe('rests packed after a whole word that are words or starts themselves', () => {
  const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
  it('reads the six value columns by their words', () => {
    expect(t.columns.slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
  it('reads 201 一般公共服务支出 1,789.60 1,379.72 409.87 0.00 0.00 0.00', () => {
    const r = t.rows.find((x) => x.code === '201');
    expect(cell(r!, '本年支出合计')).toBe('17896000');
    expect(cell(r!, '基本支出')).toBe('13797200');
    expect(cell(r!, '项目支出')).toBe('4098700');
    expect(cell(r!, '对附属单位补助支出')).toBe('0');
  });
  it('reads 2010102 一般行政管理事务 91.11 0.00 91.11 … with 0.00 under 基本支出', () => {
    const r = t.rows.find((x) => x.code === '2010102');
    expect(cell(r!, '基本支出')).toBe('0');
    expect(cell(r!, '项目支出')).toBe('911100');
  });
});
