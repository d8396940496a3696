/**
 * Which fixed schema an expenditure table is read with, from its header words and its widest row, and how a row's
 * figures are taken when the reader's columns do not fit. Header texts and cells written by hand in the shape the
 * spaced reader leaves them.
 */
import { describe, expect, it } from 'vitest';
import { chooseExpenditureSchema } from '../../src/lib/parse/layouts/budget-expenditure/schema.ts';
import { figuresInOrder, printedCount, valueCells } from '../../src/lib/parse/layouts/budget-expenditure/value-cells.ts';

describe('choosing the expenditure schema', () => {
  it('reads the 9 columns when the economic-class words are broken and interleaved (商品 … 和服务支出, 其他 … 运转 … 类)', () => {
    const header = '科目编码 合计 小计 工资福利支出 基本支出 人员经费的补助 公用经费对个人和家庭 商品 资本性支出 其他特定目运转标类类 和服务支出 小计 项目支出';
    expect(chooseExpenditureSchema(header, { cells: 9, figures: 9 })?.id).toBe('expenditure-9');
    // the reader's cells (blanks it made up between misplaced columns) do not count then
    expect(chooseExpenditureSchema(header, { cells: 11, figures: 9 })?.id).toBe('expenditure-9');
  });
  it('reads 11 columns from the cells of a header with its words whole, a column left blank on every row', () => {
    const header = '科目编码 合计 基本支出 人员经费 工资福利支出 对个人和家庭的补助 公用经费 商品和服务支出 资本性支出 项目支出 其他运转类 特定目标类';
    expect(chooseExpenditureSchema(header, { cells: 11, figures: 10 })?.id).toBe('expenditure-11');
  });
  it('does not make a word out of single characters taken here and there', () => {
    const header = '科目编码 合计 基本支出 项目支出 工资福利支出 商品 服务 和 支出 资本性支出 其他运转类';
    expect(chooseExpenditureSchema(header, { cells: 9, figures: 9 })).toBeNull();
  });
  it('reads the 5 columns 合计 | 基本支出 小计, 人员经费, 公用经费 | 项目支出 when five figures is the widest row', () => {
    const header = '项目 其中：基本支出 科目名称 合计 小计 人员经 费 公用经 费 项目支 出';
    expect(chooseExpenditureSchema(header, { cells: 5, figures: 5 })?.id).toBe('expenditure-5');
    expect(chooseExpenditureSchema(header, { cells: 6, figures: 6 })).toBeNull();
  });
  it('leaves a 3-column table (合计 | 基本支出 | 项目支出) to the reading by meaning', () => {
    expect(chooseExpenditureSchema('科目编码 科目名称 合计 基本支出 项目支出', { cells: 3, figures: 3 })).toBeNull();
  });
});

describe('the value cells of a row', () => {
  it('keeps cells that fit the schema as printed, blanks included', () => {
    expect(valueCells(['1.00', '', '1.00'], 3)).toEqual({ cells: ['1.00', '', '1.00'], origin: null });
  });
  it('takes several figures printed in one cell in order, each with its printed cell', () => {
    expect(valueCells(['202.0', '', '83.4 118.6'], 3)).toEqual({ cells: ['202.0', '83.4', '118.6'], origin: [0, 2, 2] });
  });
  it('takes the figures in order when the row has more cells than the schema has columns', () => {
    expect(valueCells(['59.1', '', '42.0', '17.1'], 3)).toEqual({ cells: ['59.1', '42.0', '17.1'], origin: [0, 2, 3] });
  });
  it('counts a row by its printed figures', () => {
    expect(printedCount(['917.2', '', '715.1', '83.4 118.6', ''])).toBe(4);
  });
  it('drops the blanks of a row read with positions, keeping where each figure was printed', () => {
    expect(figuresInOrder({ cells: ['51.74', '', '44.68', '0.00'], origin: null })).toEqual({ cells: ['51.74', '44.68', '0.00'], origin: [0, 2, 3] });
  });
});
