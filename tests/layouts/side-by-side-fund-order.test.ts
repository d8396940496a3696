/**
 * Side-by-side 财政拨款收入支出决算总表 on the PDF path whose fund names pdftotext broke over five lines, so that the
 * header read by position names five spending columns out of the funds' order (国有资本经营预算 left of
 * 政府性基金预算财政拨款, and a `财政拨款` column of its own) where the rows print four figures. Lines cut from a converted
 * text of the generated PDF corpus (平顶山市城市管理局 2016 决算, page 4); values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const parse = (body: string) => parseDocument({ text: `2016年度\n部门决算\n\n${body}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });

const FIVE_LINE_NAMES = `                                    表四：财政拨款收入支出决算总表
                                             2016年度
部门：平顶山市城市管理局                                                             单位：万元
        收入                              支出
                                                         政府 国有
                                                  一般公 性基 资本
    项目     行次 金额               项目       行次 合计 共预算        金预 经营
                                                  财政拨 算财 预算
                                                   款 政拨 财政
                                                         款 拨款
一、一般公共预算财政 1    416.63 一、一般公共服务支出       33 148.75 148.75 0.00 0.00
拨款
二、政府性基金预算财 2     0.00 二、外交支出            34       0.00   0.00 0.00 0.00
政拨款
三、国有资本经营预算 3     0.00 三、国防支出            35       0.00   0.00 0.00 0.00
财政拨款
           4        四、公共安全支出            36       0.00 0.00 0.00 0.00
           5        五、教育支出              37       0.00 0.00 0.00 0.00
           6        六、科学技术支出            38       0.00 0.00 0.00 0.00
           7        七、文化旅游体育与传媒支出       39       0.00 0.00 0.00 0.00
           8        八、社会保障和就业支出         40     177.74 177.74 0.00 0.00
           9        九、卫生健康支出            41      31.24 31.24 0.00 0.00
           10       十、节能环保支出            42       0.00 0.00 0.00 0.00
           11       十一、城乡社区支出           43      18.88 18.88 0.00 0.00
           12       十二、农林水支出            44       0.00 0.00 0.00 0.00
           13       十三、交通运输支出           45       0.00 0.00 0.00 0.00
           14       十四、资源勘探工业信息等支出      46       0.00 0.00 0.00 0.00
           15       十五、商业服务业等支出         47       0.00 0.00 0.00 0.00
`;

const spending = (body: string) => {
  const d = parse(body);
  const t = d.tables.find((x) => x.kind === 'final_fiscal_summary')!;
  return {
    columns: t.columns,
    row: (name: string) => {
      const row = t.rows.find((r) => r.block === '支出' && r.name === name);
      return row ? Object.fromEntries(row.cells.filter((c) => c.raw !== '').map((c) => [c.column.slice(3), c.value])) : undefined;
    },
  };
};

describe('side-by-side header whose funds a reading by position puts out of their order', () => {
  it('reads the spending columns again from the pieces of lines 4–10: 合计 and the three funds in their order', () => {
    expect(spending(FIVE_LINE_NAMES).columns).toEqual([
      '收入/金额',
      '支出/合计',
      '支出/一般公共预算财政拨款',
      '支出/政府性基金预算财政拨款',
      '支出/国有资本经营预算财政拨款',
    ]);
  });

  it('gives every figure of lines 11–28 its column', () => {
    const { row } = spending(FIVE_LINE_NAMES);
    const four = (total: string, general: string) => ({
      合计: total,
      一般公共预算财政拨款: general,
      政府性基金预算财政拨款: '0',
      国有资本经营预算财政拨款: '0',
    });
    // line 11: `一、一般公共服务支出 33 148.75 148.75 0.00 0.00`
    expect(row('一、一般公共服务支出')).toEqual(four('1487500', '1487500'));
    // line 13: `二、外交支出 34 0.00 0.00 0.00 0.00`
    expect(row('二、外交支出')).toEqual(four('0', '0'));
    // line 21: `八、社会保障和就业支出 40 177.74 177.74 0.00 0.00`
    expect(row('八、社会保障和就业支出')).toEqual(four('1777400', '1777400'));
    // line 22: `九、卫生健康支出 41 31.24 31.24 0.00 0.00`
    expect(row('九、卫生健康支出')).toEqual(four('312400', '312400'));
    // line 24: `十一、城乡社区支出 43 18.88 18.88 0.00 0.00`
    expect(row('十一、城乡社区支出')).toEqual(four('188800', '188800'));
    // line 28: `十五、商业服务业等支出 47 0.00 0.00 0.00 0.00`
    expect(row('十五、商业服务业等支出')).toEqual(four('0', '0'));
  });
});
