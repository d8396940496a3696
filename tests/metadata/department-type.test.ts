/** Department types group the same bureau across cities whatever its local name (src/lib/metadata/department-types.ts). */
import { describe, expect, it } from 'vitest';
import { departmentType } from '../../src/lib/metadata/department-types.ts';

const key = (organ: string) => departmentType(organ)?.key ?? null;

describe('departmentType', () => {
  it('gives 工业和信息化局, 工信局, 经济和信息化局 and 经济和信息化委员会 one type', () => {
    expect(key('工业和信息化局')).toBe('industry-it');
    expect(key('工信局')).toBe('industry-it');
    expect(key('经济和信息化局')).toBe('industry-it');
    expect(key('经济和信息化委员会')).toBe('industry-it');
    expect(departmentType('工信局')?.name).toBe('工业和信息化');
  });

  it('types at least ten other bureaus each on their own', () => {
    const cases: [string, string][] = [
      ['财政局', 'finance'],
      ['教育局', 'education'],
      ['农业农村局', 'agriculture-rural'],
      ['卫生健康委员会', 'health'],
      ['公安局', 'public-security'],
      ['民政局', 'civil-affairs'],
      ['人力资源和社会保障局', 'human-resources'],
      ['生态环境局', 'ecology-environment'],
      ['住房和城乡建设局', 'housing-construction'],
      ['交通运输局', 'transport'],
      ['水利局', 'water'],
      ['商务局', 'commerce'],
      ['文化广电和旅游局', 'culture-tourism'],
      ['市场监督管理局', 'market-regulation'],
      ['统计局', 'statistics'],
      ['审计局', 'audit'],
      ['应急管理局', 'emergency'],
      ['自然资源和规划局', 'natural-resources'],
      ['科学技术局', 'science-technology'],
      ['发改委', 'development-reform'],
    ];
    for (const [organ, k] of cases) expect(key(organ), organ).toBe(k);
    expect(new Set(cases.map((c) => c[1])).size).toBe(cases.length);
  });

  it('types party organs (组织部, 宣传部, 统战部, 政法委, 社会工作部)', () => {
    expect(key('组织部')).toBe('party-organization');
    expect(key('宣传部')).toBe('party-publicity');
    expect(key('统战部')).toBe('party-united-front');
    expect(key('统一战线工作部')).toBe('party-united-front');
    expect(key('政法委员会')).toBe('party-political-legal');
    expect(key('区委社会工作部')).toBe('party-social-work');
  });

  it('types a merged bureau by the field comparisons group it with (科技和工业信息化局 → industry-it; 教育体育局 → education)', () => {
    expect(key('科技和工业信息化局')).toBe('industry-it');
    expect(key('教育体育局')).toBe('education');
    expect(key('发展和改革局（统计局）')).toBe('development-reform');
  });

  it('leaves an unknown organ untyped instead of guessing', () => {
    expect(departmentType('某某服务中心')).toBeNull();
    expect(departmentType('')).toBeNull();
  });
});
