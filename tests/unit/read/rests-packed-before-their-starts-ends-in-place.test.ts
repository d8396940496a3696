/**
 * A 收入决算表 header whose rests pdftotext packed left of their starts on one line, the line ending with rests printed
 * in place, in real `pdftotext -layout` output (tests/fixtures/text-forms/rests-packed-before-their-starts-ends-in-place.pdftotext.txt:
 * source lines 80–111 of the generated synth-410400-gongxinju-2017-final-00035 of pdf120). Line 11 reads `行次 合计 收入
 * 助收入 入       上级补   事业收   经营收    位上缴 入`: `收入`, `助收入` and `入` end `财政拨款` (line 10), `上级补` and
 * `事业收`, while `位上缴` and `入` stand under `附属单` and `其他收` (line 9), where they belong. The line's trailing
 * starts were looked for at its end only, so the rests in place hid them and no word but 本年收入合计 was read. Expected
 * cells read by hand (万元, the cells in 元): 总计 1,215.0 and 1,215.0 (line 13), 一般公共服务支出 149.9 and 149.9
 * (line 14), 行政运行 9.4 and 9.4 (line 16).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('rests packed left of their starts on a line ending with rests in place', () => {
  const { table, onLine } = ingestTextFormFixture('rests-packed-before-their-starts-ends-in-place.pdftotext.txt', 'final_income');

  it('reads the seven income columns by name', () => {
    expect(table.columns).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 总计’s 1,215.0 under 本年收入合计 and 财政拨款收入 (line 13)', () => {
    expect(onLine(13)).toMatchObject({ 本年收入合计: '12150000', 财政拨款收入: '12150000' });
  });

  it('reads 一般公共服务支出 and 行政运行 the same way (lines 14 and 16)', () => {
    expect(onLine(14)).toMatchObject({ 本年收入合计: '1499000', 财政拨款收入: '1499000' });
    expect(onLine(16)).toMatchObject({ 本年收入合计: '94000', 财政拨款收入: '94000' });
  });
});
