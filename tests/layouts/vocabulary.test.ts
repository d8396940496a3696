/** The header vocabulary: printed header words map to meanings; unknown words are named, never guessed. */
import { describe, expect, it } from 'vitest';
import { isHeaderWordRow, lookupWord, mapHeader, normHeaderWord } from '../../src/lib/parse/tables/vocabulary.ts';

describe('header words by meaning', () => {
  it('normalises 其中：, list numbering, a leading year, spaces and brackets', () => {
    expect(normHeaderWord('其中：基本支出')).toBe('基本支出');
    expect(normHeaderWord('1、因公出国(境)费')).toBe('因公出国（境）费');
    expect(normHeaderWord('（二）公务接待费')).toBe('公务接待费');
    expect(normHeaderWord('2024年预算数')).toBe('预算数');
    expect(normHeaderWord('项 目')).toBe('项目');
  });
  it('joins a word wrapped under itself (一般公共预算拨款 / 收入) but keeps a group over its subtotal (基本支出 / 小计)', () => {
    expect(mapHeader(['一般公共预算拨款/收入'], 'income')[0]!.label).toBe('一般公共预算拨款收入');
    expect(mapHeader(['基本支出/小计'], 'expenditure')[0]!.label).toBe('基本支出/小计');
    expect(mapHeader(['本年收入/合计'], 'income')[0]!.label).toBe('本年收入/合计');
  });
  it('gives 基本支出 and 其中：基本支出 the same meaning, with 人员经费 / 公用经费 under it', () => {
    const m = mapHeader(['本年支出/基本支出/人员经费', '本年支出/其中：基本支出/公用经费', '本年支出/项目支出/特定目标类', '本年支出/项目支出/其他运转类'], 'expenditure');
    expect(m.map((x) => x.key)).toEqual(['expenditure_total/basic/personnel', 'expenditure_total/basic/public', 'expenditure_total/project/project_specific', 'expenditure_total/project/project_running']);
    expect(m.every((x) => x.role === 'value')).toBe(true);
  });
  it('knows 年初预算, 全年预算, 决算数, 上年结转, 一般公共预算拨款 and 财政拨款（补助）', () => {
    expect(['年初预算', '全年预算', '决算数', '上年结转', '一般公共预算拨款', '财政拨款（补助）'].map((w) => lookupWord(w, 'income')?.key)).toEqual([
      'budget_initial',
      'budget_full_year',
      'final_amount',
      'carryover_start',
      'fiscal_grant',
      'fiscal_grant',
    ]);
  });
  it('finds the structure columns wherever they stand: code, 类/款/项, name, 行次, 单位代码', () => {
    const m = mapHeader(['行次', '项目/科目编码/类', '项目/科目编码/款', '项目/科目编码/项', '单位代码', '项目/科目名称', '合计'], 'expenditure');
    expect(m.map((x) => x.role)).toEqual(['row_number', 'code_part', 'code_part', 'code_part', 'unit_code', 'name', 'value']);
  });
  it('names the words it does not know instead of guessing a meaning', () => {
    const [m] = mapHeader(['本年支出/神秘经费'], 'expenditure');
    expect(m).toMatchObject({ role: 'value', key: null, unknown: ['神秘经费'] });
  });
  it('keeps the 三公 items to 三公 tables', () => {
    expect(lookupWord('公务接待费', 'three_public')?.key).toBe('tp_reception');
    expect(lookupWord('公务接待费', 'income')).toBeNull();
  });
  it('recognises a repeated header row, and never a data row', () => {
    expect(isHeaderWordRow(['科目编码', '科目名称', '本年支出合计', '基本支出'])).toBe(true);
    expect(isHeaderWordRow(['201', '一般公共服务支出', '', ''])).toBe(false);
  });
});
