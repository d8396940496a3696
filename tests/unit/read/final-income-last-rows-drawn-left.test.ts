import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

// Real `pdftotext -layout` output of a generated 决算 (lines 1–2 of the document, a blank line, then its 收入支出决算总表 and
// 收入决算表: fixture line n is the document's line n + 31 from line 4 on). The 收入决算表's last page draws its last two
// rows five characters left of the others (no 行次 printed): `221 02 03 购房补贴         13.0 13.0` (line 110, the first
// 13.0 at characters 23–27, where the rows above print theirs at 28–32) and the unlabelled 合计 under it, `205.4 205.1
// 0.3` (line 111, 205.4 ending at 27). Before, the first 13.0 was read into the name (`购房补贴13.0`) and the 合计 row
// as the code 205 and the name `.4`: its 205.4 lost, 205.1 read as 本年收入合计, and no total row for the settling stage.

describe('a 收入决算表 whose last rows pdftotext drew left of the others, under a header printing no 行次', () => {
  const { table, onLine } = ingestTextFormFixture('final-income-last-rows-drawn-left.pdftotext.txt', 'final_income');

  it('reads the row drawn left by where its figures end, its name as printed (`购房补贴         13.0 13.0`, line 110, in 万元)', () => {
    const row = table.rows.find((r) => r.line === 110)!;
    expect(row.code).toBe('2210203');
    expect(row.name).toBe('购房补贴');
    expect(onLine(110)).toEqual({ 本年收入合计: '130000', 财政拨款收入: '130000' });
  });

  it('reads the unlabelled 合计 below it as the total row (`205.4 205.1    0.3`, line 111)', () => {
    const total = table.rows.find((r) => r.line === 111)!;
    expect(total.is_total).toBe(true);
    expect(total.code).toBeNull();
    expect(onLine(111)).toEqual({ 本年收入合计: '2054000', 财政拨款收入: '2051000', 事业收入: '3000' });
  });

  it('with that total, names the column of the small figures 事业收入 as the 总表 prints it (`五、事业收入 5 0.3`, line 15; `6.4   6.4     0.1`, line 88)', () => {
    expect(onLine(88)).toEqual({ 本年收入合计: '64000', 财政拨款收入: '64000', 事业收入: '1000' });
    expect(onLine(85)).toEqual({ 本年收入合计: '132000', 财政拨款收入: '131000', 事业收入: '1000' });
  });
});
