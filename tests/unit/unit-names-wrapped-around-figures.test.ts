/**
 * A 部门收入总表 printed unit by unit whose last unit's name pdftotext wrapped over three lines, its first line above
 * its figures line, where it may as well end the row above: read by position, 410003 took `测试市文化广电和` after its
 * own name and 410004 began with `旅游离退休人员管`. The document's 预算单位构成 list names the units, and the piece is
 * put back on the row whose name it begins (`rejoinUnitNames`, `parse/unit-names.ts`). Lines as pdftotext -layout
 * prints the generated PDF corpus's 预算 (Chromium → pdftotext -layout), the city's name replaced; values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { ingestBody, row, table, value } from '../helpers.ts';

const NARRATIVE = ` 2019年度，纳入本部门预算编制范围的单位共4个，包括：
 1. 测试市文化广电和旅游局本级。
 2. 测试市文化广电和旅游事务服务中心。
 3. 测试市文化广电和旅游发展研究中心。
 4. 测试市文化广电和旅游离退休人员管理服务中心。
`;

const TABLE = `  预算02表
                                部门收入总表
部门名称：测试市文化广电和旅游局                                                     金额单位：元
单位代                                        本年收入        上年
 码        单位名称         总计         合计      一般公共预算 事业 其他 结转
                                                 收入 收入 结余
410001 测试市文化广电和
       旅游局本级    11805312.87 11805312.87 11805312.87 0.00 0.00 0.00
410002 测试市文化广电和
       旅游事务服务中心 4080034.44 4080034.44 4080034.44 0.00 0.00 0.00
410003 测试市文化广电和
       旅游发展研究中心 9811239.81 9811239.81 9811239.81 0.00 0.00 0.00
       测试市文化广电和
410004 旅游离退休人员管 13418870.95 13418870.95 13418870.95 0.00 0.00 0.00
       理服务中心
       总计       39115458.07 39115458.07 39115458.07 0.00 0.00 0.00
   注：本表反映部门年度总体收入预算情况。
`;

const doc = (body: string) => ingestBody('2019年\n测试市文化广电和旅游局部门预算', body);

describe('unit names wrapped around their figures, put back by the printed list of units', () => {
  it('reads each unit under its listed name with its own figures', () => {
    const d = doc(`${NARRATIVE}\n${TABLE}`);
    const t = table(d, 'budget_income');
    // line 12 of the table: 410003 旅游发展研究中心 9811239.81 …
    expect(value(t, '测试市文化广电和旅游发展研究中心', '总计')).toBe('9811239.81');
    // line 14: 410004 旅游离退休人员管 13418870.95 …, its name begun on line 13 and ended on line 15
    expect(value(t, '测试市文化广电和旅游离退休人员管理服务中心', '总计')).toBe('13418870.95');
    expect(row(t, '测试市文化广电和旅游离退休人员管理服务中心').extra_codes.unit_code).toBe('410004');
    expect(d.metadata.budget_units.map((u) => u.name)).toEqual([
      '测试市文化广电和旅游局本级',
      '测试市文化广电和旅游事务服务中心',
      '测试市文化广电和旅游发展研究中心',
      '测试市文化广电和旅游离退休人员管理服务中心',
    ]);
    expect(d.problems.some((p) => p.code === 'unit_name_rejoined')).toBe(true);
  });

  it('leaves the names as read when the document prints no list of units', () => {
    const t = table(doc(TABLE), 'budget_income');
    expect(t.rows.some((r) => r.name === '测试市文化广电和旅游发展研究中心')).toBe(false);
  });
});
