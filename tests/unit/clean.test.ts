import { describe, expect, it } from 'vitest';
import { cleanLabel, cleanText, joinWrappedCjk } from '../../src/lib/text/clean.ts';
import { normaliseTitle, recogniseTitle } from '../../src/lib/parse/tables/recognise.ts';
import { parseUnitLine } from '../../src/lib/parse/tables/unit.ts';

describe('conversion noise', () => {
  it('removes markdown and html markup', () => {
    expect(cleanText('## 收入支出决算总表')).toBe('收入支出决算总表');
    expect(cleanText('<b>本年收入合计</b>')).toBe('本年收入合计');
    expect(cleanText('1. **因公出国（境）费** 预算数')).toBe('1. 因公出国（境）费 预算数');
  });
  it('turns LaTeX into symbols', () => {
    expect(cleanText('$\\geq 90\\%$')).toBe('≥90%');
    expect(cleanText('$\\leq 30\\%$')).toBe('≤30%');
    expect(cleanText('(B/A$\\times 100\\%$)')).toBe('(B/A×100%)');
  });
  it('joins labels wrapped inside a cell', () => {
    expect(joinWrappedCjk('上缴 上级 支出')).toBe('上缴上级支出');
    expect(cleanLabel('对附属 单位补 助支 出')).toBe('对附属单位补助支出');
    expect(joinWrappedCjk('5G 基站')).toBe('5G 基站');
  });
});

describe('units', () => {
  it('reads unit statements exactly', () => {
    expect(parseUnitLine('单位：万元')).toEqual({ unit: '万元', exponent: 4 });
    expect(parseUnitLine('金额单位：元')).toEqual({ unit: '元', exponent: 0 });
    expect(parseUnitLine('单位: 万元')).toEqual({ unit: '万元', exponent: 4 });
    expect(parseUnitLine('单位：个')).toBeNull();
  });
});

describe('table recognition by title and aliases', () => {
  it('normalises titles', () => {
    expect(normaliseTitle('## 2024年部门收支预算表')).toBe('部门收支预算表');
    expect(normaliseTitle('九、财政拨款“三公”经费支出决算表')).toBe('财政拨款"三公"经费支出决算表');
    expect(normaliseTitle('一、收入支出决算总表.....\t2')).toBe('收入支出决算总表');
  });
  it('maps titles to kinds, never by number', () => {
    expect(recogniseTitle('财政拨款“三公”经费支出决算表')).toBe('final_three_public');
    expect(recogniseTitle('一般公共预算财政拨款支出决算明细表')).toBe('final_general_basic');
    expect(recogniseTitle('阳泉市部门（单位）整体支出绩效自评表')).toBe('perf_overall_selfeval');
    expect(recogniseTitle('收入决算表')).toBe('final_income');
    expect(recogniseTitle('支出决算表')).toBe('final_expenditure');
    expect(recogniseTitle('公开07表')).toBeNull();
    expect(recogniseTitle('附件：2022年郑州市工业和信息化局部门预算表')).toBeNull();
  });
});
