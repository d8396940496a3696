/**
 * Space-aligned headers where a group word's position alone misleads: a group word of a centred line that starts over
 * a column by chance, and a group of figures whose only lower word on one side is a label column's word. Fixtures are
 * spaced text as the generator prints it (values invented); expected cells read from the lines by hand.
 */
import { describe, expect, it } from 'vitest';
import { readSpaced } from '../../../src/lib/parse/read/spaced.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines, type SourceLine } from '../../../src/lib/text/lines.ts';

function read(text: string): Map<number, SourceLine> {
  const { lines } = readSpaced(splitLines(text));
  return new Map(lines.map((l) => [l.n, l]));
}

describe('spaced reader: 人员经费 centred over block 1, 公用经费 centred over blocks 2 and 3, starting over block 3', () => {
  const lines = read(
    [
      '               人员经费                                                               公用经费',
      ' 经济分类                                  经济分类                                      经济分类',
      '  科目编        科目名称          决算数          科目编         科目名称         决算数              科目编              科目名称                  决算数',
      '   码                                     码                                         码',
      '',
      ' 301      工资福利支出        48092365.86    302        商品和服务支出        5573284.33      307        债务利息及费用支出',
      ' 30101    基本工资          4128296.21     30201      办公费                            30701      国内债务付息',
    ].join('\n'),
  );
  const header = flattenHeader([1, 2, 3, 4].map((n) => lines.get(n)!.cells));
  it('reads 48092365.86 (line 6, block 1) under 人员经费/决算数 and 5573284.33 (block 2) under 公用经费/决算数', () => {
    const cells = lines.get(6)!.cells;
    expect(header[cells.indexOf('48092365.86')]).toBe('人员经费/决算数');
    expect(header[cells.indexOf('5573284.33')]).toBe('公用经费/决算数');
    expect(header[cells.indexOf('307')]).toMatch(/^公用经费\//);
  });
});

describe('spaced reader: 本年收入 on the top line between 年初结转和结余 and 本年支出, 科目名称 the only word below on its left', () => {
  const lines = read(
    [
      '项目                  年初结转   本年收入    本年支出                 年末结转',
      '                    和结余                                 和结余',
      '功能分类       科目名称                    小计      基本支出 项目支出',
      '科目编码',
      '           栏次       1      2       3       4    5       6',
      '',
      '                    0.00                   0.00 0.00',
    ].join('\n'),
  );
  const header = flattenHeader([1, 2, 3].map((n) => lines.get(n)!.cells));
  it('reads 本年收入 as a blank column of its own, not part of 年初结转和结余 (lines 1–2)', () => {
    expect(header).toContain('本年收入');
    expect(header).toContain('年初结转和结余');
  });
  it('reads line 7: 0.00 under 年初结转和结余 (栏次 1), 本年支出/基本支出 (4) and 本年支出/项目支出 (5)', () => {
    const cells = lines.get(7)!.cells;
    expect(cells.map((c, j) => (c === '' ? '' : header[j]))).toEqual(
      header.map((h) => (['年初结转和结余', '本年支出/基本支出', '本年支出/项目支出'].includes(h) ? h : '')),
    );
  });
});
