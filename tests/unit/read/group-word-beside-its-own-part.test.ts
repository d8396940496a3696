/**
 * A group word of the vocabulary beside one of its own parts on its line, in real `pdftotext -layout` output (the
 * 支出决算表 of synth-410811-caizhengju-2015-final-00004, pdf13, source lines 135–142): `本年支出` stands at column 26
 * with `项目支` beside it on the same line, and `合计` (25) and `基本支出` (28) on the line below. 本年支出 could head
 * 合计 | 基本支出 only if it headed 项目支出 too, its other part: it is the first line of its column's wrapped word,
 * 本年支出合计, and 基本支出 a column of its own. Expected cells read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TABLE = [
  '           项目                                             对附',
  '                          本年支出           项目支    上缴 经营 属单',
  '功能分类科                 行次 合计 基本支出 出 上级 支出 位补',
  '  目编码          科目名称                             支出        助支',
  '                                                          出',
  '201       一般公共服务支出      1 1075.20 855.68 219.53 0.00 0.00 0.00',
  '201 01    人大事务          2 453.85 453.85 0.00 0.00 0.00 0.00',
  '201 01 01 行政运行          3 453.85 453.85 0.00 0.00 0.00 0.00',
].join('\n');

describe('a group word beside its own part on its line heads none of the words under it', () => {
  const { at, header } = readFixture(TABLE);
  const cell = (n: number, path: string) => at(n).cells[header(1).indexOf(path)];

  it('reads 本年支出合计 and 基本支出 as columns of their own (lines 1–5)', () => {
    expect(header(1).slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts 一般公共服务支出’s 1075.20 under 本年支出合计, 855.68 under 基本支出 (line 6)', () => {
    expect(cell(6, '本年支出合计')).toBe('1075.20');
    expect(cell(6, '基本支出')).toBe('855.68');
    expect(cell(6, '项目支出')).toBe('219.53');
  });
});
