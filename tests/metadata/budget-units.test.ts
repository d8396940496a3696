/**
 * The budget units a disclosure lists in its 机构设置 (metadata.ts `readBudgetUnits`), read from the text as the readers
 * leave it (page furniture marked). The list below is source lines 22–29 of synth-140100-caizhengju-2016-final-00021
 * (pdf135, `pdftotext -layout` of the generator's print): pdftotext put the page's number between its second and third
 * item.
 */
import { describe, expect, it } from 'vitest';
import { readBudgetUnits } from '../../src/lib/metadata/metadata.ts';
import { readTextForms } from '../../src/lib/parse/read/index.ts';
import { splitLines } from '../../src/lib/text/lines.ts';

const listed = [
  '二、机构设置',
  ' 从决算单位构成看，太原市财政局部门决算包括：本级决算、所属事业单位决算。',
  ' 2016年度，纳入本部门决算编制范围的单位共4个，包括：',
  ' 1. 太原市财政局本级。',
  ' 2. 太原市财政信息中心。',
  '                   第1页 共20页',
  ' 3. 太原市财政事务服务中心。',
  ' 4. 太原市财政发展研究中心。',
  '第二部分 2016年度部门决算表',
].join('\n');

describe('the budget units listed in 机构设置', () => {
  it('reads all four units of a list a page number interrupts (`第1页 共20页` after the second)', () => {
    const { lines } = readTextForms(splitLines(listed));
    expect(readBudgetUnits(lines).map((u) => u.name)).toEqual(['太原市财政局本级', '太原市财政信息中心', '太原市财政事务服务中心', '太原市财政发展研究中心']);
  });
});
