import { describe, expect, it } from 'vitest';
import { isPageNumber, removeFurniture } from '../../../src/lib/text/furniture.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

describe('page furniture', () => {
  it('recognises the printed page numbers of Chinese disclosures', () => {
    for (const t of ['— 3 —', '-3-', '- 3 -', '－12－', '第3页 共12页', '第 3 页', '共12页 第3页', '3/12', 'Page 3']) expect(isPageNumber(t), t).toBe(true);
  });
  it('does not take amounts, years, codes or list items for page numbers', () => {
    for (const t of ['-3.00', '2023', '201', '1.', '3、', '第三部分', '— 3 — 收入']) expect(isPageNumber(t), t).toBe(false);
  });
  it('removes page numbers and reports each one with its line and text', () => {
    const { lines, problems } = removeFurniture(splitLines('收入决算表\n        — 3 —\n单位：万元'));
    expect(lines[1]!.skip).toBe('page-number');
    expect(problems).toEqual([expect.objectContaining({ severity: 'info', line: 2, raw: '        — 3 —', code: 'page_furniture' })]);
  });
  it('takes form feeds out of the text and a bare number before one as the page number', () => {
    const { lines, pageStarts } = removeFurniture(splitLines('正文第一页\n\n       7\n\f正文第二页'));
    expect(lines[2]!.skip).toBe('page-number');
    expect(lines[3]!.raw).toBe('正文第二页');
    expect(pageStarts).toEqual([4]);
  });
  it('keeps a bare number that is not at a page break', () => {
    const { lines } = removeFurniture(splitLines('人数\n7\n其他'));
    expect(lines[1]!.skip).toBeUndefined();
  });
  it('removes a running head repeated at the top of pages, keeping its first appearance', () => {
    const text = ['测试局2023年度部门决算', '正文一', '\f测试局2023年度部门决算', '正文二', '\f测试局2023年度部门决算', '正文三'].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.map((l) => l.skip ?? null)).toEqual([null, null, 'running-head', null, 'running-head', null]);
  });
  it('keeps the first line of a row label wrapped over the page top, right over its figures, though it repeats', () => {
    const page = ['              其他行政事业单位医', ' 2101199      疗支出        23.7  12.6 11.1', '-1-'];
    const text = [page.join('\n'), page.join('\n'), page.join('\n')].join('\n\f');
    expect(removeFurniture(splitLines(text)).lines.filter((l) => l.skip === 'running-head')).toEqual([]);
  });
  it('keeps a unit code and the first line of its name at the top of pages, the name going on right over its figures, though it repeats', () => {
    // synth-410400-shengtaiju-2019-budget-00075 (corpus pdf86), lines 213–215: 部门支出总表 and 一般公共预算支出表 break
    // their pages on this unit; the rest of its name, 培训中心, starts under 平顶山市生态环境 (character 17), not under 410004
    const page = ['                                                               —7—', '          410004 平顶山市生态环境', '                 培训中心      7,535.4 5,486.3 2,741.0 1,977.3'];
    const text = ['正文', ...page, '正文', ...page].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.filter((l) => l.skip === 'running-head')).toEqual([]);
    expect(lines.filter((l) => l.raw.trim() === '410004 平顶山市生态环境')).toHaveLength(2);
  });
  it('keeps a row’s code and the first line of its name at the top of pages, the rest indented past the name over its figures, though it repeats', () => {
    // synth-140300-gongxinju-2016-final-00018 (corpus pdf149), lines 170–172 and 285–287: 支出决算表 and 一般公共预算财政
    // 拨款支出决算表 break their pages on this row; the rest of its name, 出, stands at character 8, under neither 21508
    // (0) nor 支持中小企业发展和管理支 (6)
    const page = ['                           第6页 共18页', '21508 支持中小企业发展和管理支', '        出             63.6 30.0 28.5 1.5 33.6 0.0 0.0 0.0'];
    const text = ['正文', ...page, '正文', ...page].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.filter((l) => l.skip === 'running-head')).toEqual([]);
    expect(lines.filter((l) => l.raw === '21508 支持中小企业发展和管理支')).toHaveLength(2);
  });
  it('removes a running head at a page top whose start stands over the first figure of the row under it', () => {
    // synth-410700-kejiju-2016-final-00019 (corpus pdf131), lines 140–142: the head starts at character 25, where the
    // next row's 167189.67 starts; a figure is no rest of a wrapped label
    const head = '                         新乡市科学技术局2016年度部门决算';
    const text = [
      '            新乡市科学技术局2016年度部门决算',
      '206 99 01 科技奖励             104801.88       0.00       0.00      0.00 104801.88 0.00 0.00 0.00',
      `\f${head}`,
      '206 99 99 其他科学技术支出       167189.67   113098.09    91609.45   21488.64   54091.58 0.00 0.00 0.00',
    ].join('\n');
    expect(removeFurniture(splitLines(text)).lines.filter((l) => l.skip === 'running-head').map((l) => l.n)).toEqual([3]);
  });
  it('still removes a running head whose words stand over no figures of the line under it', () => {
    const page = ['-7-', '          测试局2019年部门预算', '正文 说明 3.5'];
    const text = ['测试局2019年部门预算', ...page, ...page].join('\n');
    expect(removeFurniture(splitLines(text)).lines.filter((l) => l.skip === 'running-head').map((l) => l.n)).toEqual([3, 6]);
  });
  it('keeps a classification code alone at the top of pages, its name and figures on the line under it, though it repeats', () => {
    // synth-410100-gongxinju-2018-budget-00052 (corpus pdf22), lines 145–147: three tables break their pages on this row
    const page = ['215 05 50 事业运行               120859.86   120859.86', '\f215 05 99', '       其他工业和信息产业监管支出      139576.10 72142.76 67433.34'];
    const text = [page.join('\n'), page.join('\n'), page.join('\n')].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.filter((l) => l.skip === 'running-head')).toEqual([]);
    expect(lines.filter((l) => l.raw === '215 05 99')).toHaveLength(3);
  });
  it('keeps a row squeezed a space apart at the top of two pages: its label and figures, not a running head', () => {
    // synth-140100-shengtaiju-2017-budget-00041 (pdf151), its lines 247–258 and the same row where the 一般公共预算支出表
    // breaks its page: `其他环境保护管理 103.88 47.88 56.00` over `事务支出`, 103.88 = 47.88 + 56.00 read by hand
    const page = (title: string) => [title, '节能环保支出      122.88 66.88 56.00', '   行政运行      19.00 19.00 0.00', '-9-', '\f  其他环境保护管理 103.88 47.88 56.00', '  事务支出', '住房保障支出      146.37 146.37 0.00'];
    const text = [...page('部门支出总表'), '-10-', '\f', ...page('一般公共预算支出表'), '-11-'].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.filter((l) => l.raw.includes('其他环境保护管理')).map((l) => l.skip ?? null)).toEqual([null, null]);
  });
  it('keeps a squeezed header line repeated at the top of pages: words a space apart are cells, not a running head', () => {
    // synth-140100-caizhengju-2016-final-00021 (pdftotext -layout), 收入决算表 lines 133–134: the page number, then the
    // first line of the header repeated on the new page, its words squeezed one space apart
    const header = '          科目编码             本年收入合 （补助）收财政拨款 上级补 事业收 经营收 附属单 其他收';
    const page = (n: number) => [header, '                              计                助收入   入    入   位上缴 入', `221 02 01 住房公积金   363263.92 363263.92 0.00`, `                                  第${n}页 共23页`];
    const text = [...page(6), ...page(7), ...page(8)].join('\n');
    expect(removeFurniture(splitLines(text)).lines.filter((l) => l.skip === 'running-head')).toEqual([]);
  });
  it('keeps the department and unit statement of a table repeated at the top of pages: it belongs to the table below', () => {
    // synth-410803-fagaiwei-2018-budget-00067 (pdftotext -layout): each 预算表 starts a page with the same statement
    const statement = '部门：焦作市中站区发展和改革委员会                     单位：元';
    const text = [statement, '  预算01表', '收支总表', '\f' + statement, '  预算02表', '部门收入总表', '\f' + statement, '  预算03表', '部门支出总表'].join('\n');
    const { lines } = readTextForms(splitLines(text));
    expect(lines.filter((l) => l.skip === 'running-head')).toEqual([]);
  });
  it('removes the document title repeated as the running head of a text without page marks, even between two rows of a table', () => {
    // synth-410803-nongyeju-2016-final-00027 (pdftotext -layout, no form feed, no page number): the title heads every
    // page, once between two rows of the 基本支出决算明细表 (its line 276)
    const title = '            焦作市中站区农业农村局2016年度部门决算';
    const text = [title, '目录', title, '301 工资福利支出          43.18', '                           焦作市中站区农业农村局2016年度部门决算', '303 对个人和家庭的补助     39.44', title, '正文'].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.map((l) => l.skip ?? null)).toEqual([null, null, 'running-head', null, 'running-head', null, 'running-head', null]);
  });
  it('marks the line after each running head of a text without page marks as a page top shown by the head', () => {
    // the same text as above: lines 3, 5 and 7 are the repeated title, so lines 4, 6 and 8 start pages
    const title = '            焦作市中站区农业农村局2016年度部门决算';
    const text = [title, '目录', title, '301 工资福利支出          43.18', '                           焦作市中站区农业农村局2016年度部门决算', '303 对个人和家庭的补助     39.44', title, '正文'].join('\n');
    const { pageStarts, headStarts } = removeFurniture(splitLines(text));
    expect(headStarts).toEqual([4, 6, 8]);
    expect(pageStarts).toEqual([]);
  });
  it('removes the document title repeated between two rows of a table though it starts right over the label of the next row', () => {
    // synth-140300-gongxinju-2016-final-00018 (pdftotext -layout, no form feed, no page number): the title heading a page
    // of the 财政拨款收入支出决算总表 (its line 225) starts in the column where the next row's 支出 label starts
    const title = '           阳泉市工业和信息化局2016年度部门决算';
    const text = [
      title,
      '目录',
      title,
      '           9             九、卫生健康支出                 41         1,461.66    1,461.66      0.00',
      '                          阳泉市工业和信息化局2016年度部门决算',
      '           10             十、节能环保支出        42        0.00            0.00',
      title,
      '正文',
    ].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.map((l) => l.skip ?? null)).toEqual([null, null, 'running-head', null, 'running-head', null, 'running-head', null]);
  });
  it('keeps the first line of a text without page marks when it repeats only once (it may be a heading)', () => {
    const text = ['测试局2023年度部门决算', '正文', '测试局2023年度部门决算', '正文'].join('\n');
    expect(removeFurniture(splitLines(text)).lines.every((l) => l.skip === undefined)).toBe(true);
  });
  it('keeps a table title repeated at the top of a page (it marks a continued table)', () => {
    const text = ['收入决算表', '行一', '\f收入决算表', '行二'].join('\n');
    const { lines } = removeFurniture(splitLines(text), (t) => t.trim() === '收入决算表');
    expect(lines.every((l) => l.skip === undefined)).toBe(true);
  });
});

describe('text forms per table block', () => {
  // A tab table, a pipe table and a spaced table in one document, with page furniture between them.
  const text = [
    '项目\t合计\t基本支出',
    '教育支出\t50.00\t50.00',
    '- 1 -',
    '\f| 项目 | 合计 |',
    '|---|---|',
    '| 教育支出 | 50.00 |',
    '第2页 共3页',
    '\f项目                 合计      基本支出',
    '教育支出            50.00         50.00',
    '科学技术支出         7.00',
  ].join('\n');
  const { lines, forms } = readTextForms(splitLines(text));
  it('leaves the tab lines exactly as split at tabs', () => {
    expect(lines[0]!.cells).toEqual(['项目', '合计', '基本支出']);
    expect(lines[1]!.form).toBeUndefined();
  });
  it('reads each block in its own form', () => {
    expect(lines[5]!.form).toBe('pipe');
    expect(lines[9]!.form).toBe('spaced');
    expect(lines[9]!.cells).toEqual(['科学技术支出', '7.00', '']);
    expect(forms).toEqual({ tab: 2, pipe: 3, spaced: 3 });
  });
  it('removes the page numbers between them', () => {
    expect(lines[2]!.skip).toBe('page-number');
    expect(lines[6]!.skip).toBe('page-number');
  });
});

describe('running feet', () => {
  it('removes a line repeated at the foot of three pages, keeping its first appearance', () => {
    const text = ['正文一', '测试局公开信息', '\f正文二', '测试局公开信息', '\f正文三', '测试局公开信息'].join('\n');
    const { lines } = removeFurniture(splitLines(text));
    expect(lines.map((l) => l.skip ?? null)).toEqual([null, null, null, 'running-foot', null, 'running-foot']);
  });
  it('keeps a line that ends four pages of ten alike: the end of a row label where four tables break their pages', () => {
    const page = (k: number) => (k % 3 === 0 ? ['  208 05 99   其他行政   558.6', '               养老支出'] : [`正文${k}`]);
    const text = Array.from({ length: 10 }, (_, k) => [...page(k), `— ${k + 1} —`].join('\n')).join('\n\f');
    expect(removeFurniture(splitLines(text)).lines.filter((l) => l.skip === 'running-foot')).toEqual([]);
  });
  it('keeps a line that ends only two pages alike (it may be text)', () => {
    const text = ['正文一', '以上为本部分内容', '\f正文二', '以上为本部分内容', '\f正文三'].join('\n');
    expect(removeFurniture(splitLines(text)).lines.every((l) => l.skip === undefined)).toBe(true);
  });
});

describe('the first page', () => {
  it('does not count a form feed before the first line as a second page top', () => {
    const { lines } = removeFurniture(splitLines('\f测试局2023年度部门决算\n正文'));
    expect(lines[0]!.skip).toBeUndefined();
  });
});
