/**
 * An empty table's only row under a 栏次 row pdftotext squeezed one space apart (`1 2 3`): the numbers show nothing of
 * where the columns stand (`only-row-numbered.ts` `squeezedNumbers`), so the row is read beside its header's words
 * (`only-row.ts` `coverOnlyRow`) before the header is read onto the numbers (`header-cover.ts` `coverOnNumbers`, which
 * put its one 0.00 under 项目支出, nearest the squeezed `3`). Real `pdftotext -layout` lines (copied as they are), the
 * 国有资本经营预算财政拨款支出决算表 of
 * - /work/corp3/pdf34 synth-410803-chengguanju-2019-final-00077, lines 359–366: 0.00 under 基本支出, starting under 基本;
 * - /work/corp3/pdf33 synth-410700-zhujianju-2020-final-00099, lines 402–410: a 行次 `1`, then 0.00 under 基本支出.
 * Expected cells read by hand from the printed tables (the generator's truth); line numbers are the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const PLAIN = [
  '部门名称：焦作市中站区城市管理局                              单位：万元',
  '            附表8 国有资本经营预算财政拨款支出决算表',
  '  项目    本年支出',
  '功能 科目 小计 基本 项目',
  '分类 名称    支出 支出',
  '科目',
  '编码 栏次 1 2 3',
  '   合计    0.00',
].join('\n');

const ROW_NUMBER = [
  '部门：新乡市住房和城乡建设局                      金额单位：元',
  '  附件1-8',
  '             国有资本经营预算财政拨款支出决算表',
  ' 项目        本年支出',
  '功能 科目 行次 小计 基本 项目',
  '分类 名称       支出 支出',
  '科目',
  '编码 栏次     1 2 3',
  '   合计 1     0.00',
].join('\n');

describe('an only row under a 栏次 row squeezed one space apart is read beside its header words', () => {
  it('reads 合计 0.00 under 本年支出/基本支出 (line 8)', () => {
    const { at, header } = readFixture(PLAIN);
    const cells = at(8).cells;
    expect(header(3)[cells.indexOf('0.00')]).toBe('本年支出/基本支出');
    expect(cells.filter((c) => c !== '')).toEqual(['合计', '0.00']);
  });

  it('reads 合计 1 0.00 with 0.00 under 本年支出/基本支出, the 1 its 行次 (line 9)', () => {
    const { at, header } = readFixture(ROW_NUMBER);
    const cells = at(9).cells;
    expect(header(4)[cells.indexOf('0.00')]).toBe('本年支出/基本支出');
    expect(cells.filter((c) => c !== '')).toEqual(['合计', '1', '0.00']);
  });
});
