/**
 * A figure column's word whose two lines pdftotext drew bottom up: `支出` on the header's middle line, `项目` on the line
 * under it, over the 项目支出 figures. Read top down they are the row-label word 支出项目, which no figure column takes,
 * nor is `支出` a block word over a 项目 column there: read bottom up they are the column's value word 项目支出. Lines cut
 * from the converted text of a generated PDF (synth-140100-zhujianju-2016-budget-00031, 附表3 部门支出总表, its lines
 * 130–142; a synthetic department and figures); cells read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = `                            附表3：部门支出总表
部门：太原市住房和城乡建设局                               单位：万元
         项目
功能分类 科目名称        合计 基本支出 支出
                            项目
科目编码
201     一般公共服务支出 38.6 34.9 3.7
20103 政府办公厅（室） 16.1 12.4 3.7
        及相关机构事务
2010301 行政运行       2.0 2.0
2010308 信访事务       3.7 0.0 3.7
2010350 事业运行      10.4 10.4 0.0
20111 纪检监察事务      14.0 14.0
`;

describe('a figure column word drawn bottom up (`支出` over `项目`)', () => {
  const { at, header } = readFixture(TEXT);

  it('reads the column as 项目支出 (lines 4–5), beside 合计 and 基本支出', () => {
    expect(header(3).slice(2)).toEqual(['合计', '基本支出', '项目支出']);
  });

  it('keeps each row’s 项目支出 figure under it (lines 7, 11, 12)', () => {
    expect(at(7).cells.slice(2)).toEqual(['38.6', '34.9', '3.7']);
    expect(at(11).cells.slice(2)).toEqual(['3.7', '0.0', '3.7']);
    expect(at(12).cells.slice(2)).toEqual(['10.4', '10.4', '0.0']);
  });
});
