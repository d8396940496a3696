/**
 * `orderByLines` (`band-order.ts`) on the header pieces of tests/fixtures/text-forms/income-packed-header-line-order.pdftotext.txt,
 * each word's pieces read by hand from its lines 4–7 (line 4 is row 0 here; columns as printed): `上级` 33 and `附属` 45
 * on line 4; `本年收 财政拨 补助 事业 经营 单位 其他` at 20, 24, 28, 31, 34, 37, 40 on line 5; `入合计 款收入 收入 收入
 * 收入 上缴 收入` at the same columns on line 6; `收入` 45 on line 7. The words come in the order of their top pieces.
 */
import { describe, expect, it } from 'vitest';
import { orderByLines } from '../../../src/lib/parse/read/band-order.ts';

const piece = (row: number, start: number, text: string) => ({ row, part: { text, start, end: start + text.length } });
const word = (text: string, ...parts: ReturnType<typeof piece>[]) => ({ text, parts, at: parts[0]!.part.start });

// by where each top piece starts: 本年收 20, 财政拨 24, 事业 31, 上级 33, 经营 34, 其他 40, 附属 45
const byPosition = [
  word('本年收入合计', piece(1, 20, '本年收'), piece(2, 20, '入合计')),
  word('财政拨款收入', piece(1, 24, '财政拨'), piece(2, 24, '款收入')),
  word('事业收入', piece(1, 31, '事业'), piece(2, 31, '收入')),
  word('上级补助收入', piece(0, 33, '上级'), piece(1, 28, '补助'), piece(2, 28, '收入')),
  word('经营收入', piece(1, 34, '经营'), piece(2, 34, '收入')),
  word('其他收入', piece(1, 40, '其他'), piece(2, 40, '收入')),
  word('附属单位上缴收入', piece(0, 45, '附属'), piece(1, 37, '单位'), piece(2, 37, '上缴'), piece(3, 45, '收入')),
];

describe('header words put in the order of a line holding one piece of each', () => {
  it('line 5 writes 补助 before 事业 and 单位 before 其他: 上级补助收入 third, 附属单位上缴收入 sixth', () => {
    expect(orderByLines(byPosition).map((w) => w.text)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('each place keeps where it stands: the third word now starts at 31, where 事业收入 did', () => {
    expect(orderByLines(byPosition).map((w) => w.at)).toEqual([20, 24, 31, 33, 34, 40, 45]);
  });

  it('line 6 alone (入合计 款收入 收入 收入 收入 上缴 收入) orders nothing: its 收入 pieces could be any word’s', () => {
    const line6Only = byPosition.map((w) => ({ ...w, parts: w.parts.filter((p) => p.row !== 1) }));
    expect(orderByLines(line6Only).map((w) => w.text)).toEqual(line6Only.map((w) => w.text));
  });

  it('a word never takes the place of another group’s part', () => {
    const grouped = byPosition.map((w, k) => ({ ...w, group: k < 3 ? 'A' : 'B' }));
    expect(orderByLines(grouped).map((w) => w.text)).toEqual(grouped.map((w) => w.text));
  });
});
