/** 功能分类 类 codes and distinctive name fragments, to match a class printed without its code (总表) to a coded row. */
export const CLASS_KEYS: [string, RegExp][] = [
  ['201', /一般公共服务/], ['202', /外交/], ['203', /国防/], ['204', /公共安全/], ['205', /教育/], ['206', /科学技术/],
  ['207', /文化旅游体育与传媒|文化体育与传媒/], ['208', /社会保障和就业/], ['209', /社会保险基金/], ['210', /卫生健康|医疗卫生/], ['211', /节能环保/],
  ['212', /城乡社区/], ['213', /农林水/], ['214', /交通运输/], ['215', /资源勘探/], ['216', /商业服务业/], ['217', /金融/],
  ['219', /援助其他地区/], ['220', /自然资源海洋气象/], ['221', /住房保障/], ['222', /粮油物资储备/], ['223', /国有资本经营预算/],
  ['224', /灾害防治及应急管理/], ['227', /预备费/], ['229', /^其他支出$|^其他$/], ['230', /转移性/], ['231', /债务还本/], ['232', /债务付息/],
  ['233', /债务发行费用/], ['234', /抗疫特别国债/],
];

/** The 类 code a printed class name refers to, or null. */
export function classCode(name: string): string | null {
  const n = name.replace(/\s+/g, '').replace(/^[（(]?[一二三四五六七八九十]+[、)）]/, '').replace(/[（(]类[)）]/, '');
  for (const [code, re] of CLASS_KEYS) if (re.test(n)) return code;
  return null;
}
