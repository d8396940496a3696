/**
 * A 收入决算表 page pdftotext drew as two blocks, the totals in place in both
 * (tests/fixtures/text-forms/final-income-two-blocks-lower-apart.pdftotext.txt: the title lines and source lines
 * 66–102 of synth-410811-caizhengju-2015-final-00004, pdf146; fixture line n is source line n + 62 from line 4 on).
 * The upper rows (lines 11–28) pack their zeros one space apart after the 一般公共预算拨款收入 figure and set the
 * columns after it ending at 60 (上级补助收入, packed), 65, 70, 75 and 80 (事业收入 … 其他收入, line 18). From line 29 on
 * every figure stands apart, three spaces or more after the one before, the columns after the total spreading wider:
 * 上级补助收入's zeros end at 63, 事业收入's at 70, 经营收入's at 77, 附属单位上缴收入's at 84, 其他收入's at 91. Read as one
 * block, the lower rows' 63 joined the upper rows' 事业收入 at 65 and every upper zero after a gap went a column left.
 * Values read by hand (元 printed).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { onLine } = ingestTextFormFixture('final-income-two-blocks-lower-apart.pdftotext.txt', 'final_income');

describe('a page drawn as two blocks, the lower one with every figure standing apart', () => {
  it('reads the 合计 (line 11): its packed zero under 上级补助收入, the zero after the gap ending at 70 under 经营收入', () => {
    expect(onLine(11)).toEqual({ 本年收入合计: '250354441.58', 一般公共预算拨款收入: '250354441.58', 上级补助收入: '0', 经营收入: '0' });
  });
  it('reads 一般公共服务支出 (line 12): zeros ending at 65, 70 and 75 under 事业收入, 经营收入 and 附属单位上缴收入', () => {
    expect(onLine(12)).toEqual({ 本年收入合计: '88041061.26', 一般公共预算拨款收入: '88041061.26', 事业收入: '0', 经营收入: '0', 附属单位上缴收入: '0' });
  });
  it('reads 事业单位离退休 (line 27): a zero ending at 77 under 附属单位上缴收入 and the one packed after it under 其他收入', () => {
    expect(onLine(27)).toEqual({ 本年收入合计: '25900907.69', 一般公共预算拨款收入: '25900907.69', 附属单位上缴收入: '0', 其他收入: '0' });
  });
  it('reads 抚恤 (line 29), the lower block: zeros ending at 63, 84 and 91 under 上级补助收入, 附属单位上缴收入 and 其他收入', () => {
    expect(onLine(29)).toEqual({ 本年收入合计: '24880657.46', 一般公共预算拨款收入: '24880657.46', 上级补助收入: '0', 附属单位上缴收入: '0', 其他收入: '0' });
  });
  it('reads 购房补贴 (line 39): its one zero ending at 91 under 其他收入', () => {
    expect(onLine(39)).toEqual({ 本年收入合计: '3947944.17', 一般公共预算拨款收入: '3947944.17', 其他收入: '0' });
  });
});
