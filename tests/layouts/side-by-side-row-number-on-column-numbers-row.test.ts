/**
 * Side-by-side 收入支出决算总表 on the PDF path whose 行次 word pdftotext drew on the 栏次 row's line
 * (`栏次        行次  1           栏次       行次  2`), so that the header lines above it print no 行次 while every row
 * prints its 行次 number between its label and its figure. Lines cut from a converted text of the generated PDF corpus
 * (新乡市城市管理局 2018 决算, page 2); values read by hand from the printed lines (单位：万元).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2018年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const ROW_NUMBER_ON_COLUMN_NUMBERS = `部门名称：新乡市城市管理局                                   单位：万元
                    收入支出决算总表
           收入                       支出
       项目           决算数          项目          决算数
       栏次        行次  1           栏次       行次  2
一、一般公共预算财政拨款收入 1 155.8 一、一般公共服务支出         32 57.3
二、政府性基金预算财政拨款收入 2     0.0 二、外交支出          33   0.0
三、国有资本经营预算财政拨款收入 3    0.0 三、国防支出          34   0.0
四、上级补助收入         4    0.0 四、公共安全支出        35   0.0
五、事业收入           5    0.0 五、教育支出          36   0.0
六、经营收入           6    0.0 六、科学技术支出        37   0.0
七、附属单位上缴收入       7    0.0 七、文化旅游体育与传媒支出 38     0.0
八、其他收入           8    0.0 八、社会保障和就业支出     39 33.5
                 9        九、卫生健康支出        40 17.8
                 10       十、节能环保支出        41   0.0
                 11       十一、城乡社区支出       42 27.0
                 12       十二、农林水支出        43   0.0
本年收入合计           27 155.8 本年支出合计          58 155.8
`;

const summary = (body: string) => {
  const d = parse(body);
  const t = d.tables.find((x) => x.kind === 'final_summary')!;
  return {
    columns: t.columns,
    value: (block: string, name: string) => {
      const row = t.rows.find((r) => r.block === block && r.name === name);
      return row ? row.cells.map((c) => c.value) : undefined;
    },
  };
};

describe('side-by-side header whose 行次 words stand on the 栏次 row', () => {
  it('reads one 决算数 column per half, each half with its 行次', () => {
    expect(summary(ROW_NUMBER_ON_COLUMN_NUMBERS).columns).toEqual(['收入/决算数', '支出/决算数']);
  });

  it('reads each half as label, 行次, figure: the 行次 number is no figure', () => {
    const { value } = summary(ROW_NUMBER_ON_COLUMN_NUMBERS);
    // line 6: `一、一般公共预算财政拨款收入 1 155.8 一、一般公共服务支出 32 57.3`
    expect(value('收入', '一、一般公共预算财政拨款收入')).toEqual(['1558000']);
    expect(value('支出', '一、一般公共服务支出')).toEqual(['573000']);
    // line 7: `二、政府性基金预算财政拨款收入 2 0.0 二、外交支出 33 0.0`
    expect(value('收入', '二、政府性基金预算财政拨款收入')).toEqual(['0']);
    expect(value('支出', '二、外交支出')).toEqual(['0']);
    // line 13: `八、其他收入 8 0.0 八、社会保障和就业支出 39 33.5`
    expect(value('收入', '八、其他收入')).toEqual(['0']);
    expect(value('支出', '八、社会保障和就业支出')).toEqual(['335000']);
    // line 14: `9 九、卫生健康支出 40 17.8` (the income half prints its 行次 alone)
    expect(value('支出', '九、卫生健康支出')).toEqual(['178000']);
    // line 16: `11 十一、城乡社区支出 42 27.0`
    expect(value('支出', '十一、城乡社区支出')).toEqual(['270000']);
    // line 18: `本年收入合计 27 155.8 本年支出合计 58 155.8`
    expect(value('收入', '本年收入合计')).toEqual(['1558000']);
    expect(value('支出', '本年支出合计')).toEqual(['1558000']);
  });
});
