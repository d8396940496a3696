/**
 * A header word whose rest pdftotext wrote two lines below it (`header-stacks.ts`, `stackBrokenWords`): the 收入决算表
 * header as `pdftotext -layout` wrote it for a generated document (a 收入决算表 of the corpus, cut to three rows).
 * `财政拨款（补助）` stands at 28–36 on the first line, the second line prints words of other columns only (`单位`,
 * `其他` at 52–57), and `收入` stands under it at 32–34 on the third. The rest under the word, the line between
 * printing nothing under it, continues that word (`财政拨款（补助）收入`), never the open word `其他` to its right,
 * whose own `收入` stands under it at the foot of the header. Cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '2022年度部门决算表                                                 收入决算表',
  '                                  2022年度',
  '部门：太原市工业和信息化局                                               单位：元',
  '     项目                     财政拨款（补助）       上级 事业 经营 附属',
  '                                                    单位 其他',
  '            本年收入合计              收入         补助',
  '    科目名称                                   收入 收入 收入 上缴',
  '                                                    收入',
  '                                                       收入',
  '总计          232,213,605.51 232,213,605.51',
  '一般公共服务支出      75,663,451.00 75,663,451.00',
  ' 人大事务         27,819,841.30 27,819,841.30',
  '  行政运行        11,894,512.71 11,894,512.71',
  '  注：本表反映部门本年度取得的各项收入情况。',
].join('\n');

const { at, header } = readFixture(TEXT);

describe('a 收入决算表 whose 财政拨款（补助） has its 收入 two lines below it (lines 4–13)', () => {
  it('heads the second figure column 财政拨款（补助）收入 and the last 其他收入', () => {
    expect(header(4)).toEqual(['项目/科目名称', '本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads line 11 as 一般公共服务支出 and its two figures under 本年收入合计 and 财政拨款（补助）收入', () => {
    expect(at(11).cells.slice(0, 3)).toEqual(['一般公共服务支出', '75,663,451.00', '75,663,451.00']);
  });
});
