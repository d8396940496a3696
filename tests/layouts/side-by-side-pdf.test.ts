/**
 * Side-by-side 收支总表 as `pdftotext -layout` writes them from a PDF: every page laid out on its own, narrow columns
 * squeezed to one space, a 行次 number standing alone where a half is empty. Lines cut from a converted text of the
 * generated PDF corpus (收入支出决算总表 of a 太原市财政局 2016 决算, pages 2–4; 财政拨款收入支出决算总表 pages 11–13);
 * values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { readSidesByOrder } from '../../src/lib/parse/layouts/side-by-side/by-order.ts';

const parse = (body: string) => parseDocument({ text: `2016年度\n太原市财政局部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const FINAL_SUMMARY = `                         表1：收入支出决算总表
部门：太原市财政局                                                      金额单位：元
            收入                          支出
       项目           决算数            项目              决算数
                 行次                          行次
       栏次            1             栏次                 2
一、一般公共预算财政拨款收入 1 8667466.30 一、一般公共服务支出       32   3913247.34
二、政府性基金预算财政拨款收入 2      0.00 二、外交支出           33         0.00
八、其他收入           8     0.00 八、社会保障和就业支出      39   1227660.59
                 9          九、卫生健康支出         40   1824007.50
                 10         十、节能环保支出         41         0.00

                             第3页 共23页
     收入                           支出
项目             决算数          项目          决算数
          行次                         行次
栏次              1           栏次             2
          19         十九、住房保障支出       50 363263.92
          20         二十、粮油物资储备支出     51      0.00

                       第4页 共23页
             收入                                支出
        项目               决算数              项目              决算数
                   行次                               行次
        栏次                  1             栏次                 2
本年收入合计           27     8667466.30 本年支出合计           58   8667466.30
年初结转和结余          29       12598.41 年末结转和结余          60     12598.41
                 30                                 61
收入总计             31 8680064.71 支出总计                 62   8680064.71
`;

describe('side-by-side summaries on the PDF path', () => {
  it('reads a half printed with only its 行次 number as an empty row and keeps the other half', () => {
    const d = parse(FINAL_SUMMARY);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    const v = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells[0]?.value;
    // line 13: `9   九、卫生健康支出  40   1824007.50`
    expect(v('支出', '九、卫生健康支出')).toBe('1824007.5');
    expect(v('支出', '十、节能环保支出')).toBe('0');
    // no income row made of the 行次 numbers 9, 10, 19, 20, 30
    expect(t.rows.filter((r) => r.block === '收入').map((r) => r.name)).toEqual([
      '一、一般公共预算财政拨款收入',
      '二、政府性基金预算财政拨款收入',
      '八、其他收入',
      '本年收入合计',
      '年初结转和结余',
      '收入总计',
    ]);
    expect(d.problems.filter((p) => ['row_without_label', 'unaccounted_number', 'row_too_long'].includes(p.code ?? ''))).toEqual([]);
  });

  it('reads the 行次 squeezed beside the labels on a page laid out at other positions', () => {
    const d = parse(FINAL_SUMMARY);
    const t = d.tables.find((x) => x.kind === 'final_summary')!;
    const v = (block: string, name: string) => t.rows.find((r) => r.block === block && r.name === name)?.cells[0]?.value;
    // page 3, line 21: `19   十九、住房保障支出   50 363263.92`
    expect(v('支出', '十九、住房保障支出')).toBe('363263.92');
    // page 4: `本年收入合计 27 8667466.30 本年支出合计 58 8667466.30`
    expect(v('收入', '本年收入合计')).toBe('8667466.3');
    expect(v('支出', '本年支出合计')).toBe('8667466.3');
    expect(v('收入', '年初结转和结余')).toBe('12598.41');
    expect(v('支出', '支出总计')).toBe('8680064.71');
    expect(d.problems.some((p) => p.code === 'sides_read_by_order' && p.severity === 'info')).toBe(true);
  });

  it('reads a line by order only when exactly one reading accounts for every word', () => {
    const halves = [
      { labelIdx: 0, numberIdx: [1], valueIdx: [2] },
      { labelIdx: 3, numberIdx: [4], valueIdx: [5, 6, 7, 8] },
    ];
    expect(readSidesByOrder('一般公共预算财政拨款    29         0.00                 61', halves, 9)).toEqual([
      '一般公共预算财政拨款', '29', '0.00', '', '61', '', '', '', '',
    ]);
    // a half with some of its four figures blank cannot be placed by order
    expect(readSidesByOrder('外交支出 34 0.00 0.00', [halves[0]!, halves[1]!], 9)).toBeNull();
    // two labels with nothing between them: where the first ends is not known
    expect(readSidesByOrder('上年结转 公共安全', [{ labelIdx: 0, numberIdx: [], valueIdx: [1] }, { labelIdx: 2, numberIdx: [], valueIdx: [3] }], 4)).toBeNull();
  });
});
