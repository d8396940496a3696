/**
 * Department types: one key per kind of bureau, so the same bureau groups across cities whatever its local name
 * (工业和信息化局, 工信局, 经济和信息化局, 经济和信息化委员会 → `industry-it`).
 *
 * How a name is typed (`departmentType`):
 * 1. The place at the start is removed by the caller (metadata.ts, via the region resolver), and so are bracketed
 *    second names (`发展和改革局（统计局）` is typed by 发展和改革局).
 * 2. Each row's stems are looked for in the rest of the name; the first row of this table with a stem present wins.
 * 3. Merged bureaus name several fields (科技和工业信息化局, 文化广电和旅游局, 教育体育局). The table is ordered so the
 *    field a comparison groups them with comes first: the economic portfolios (工业和信息化, 发展和改革, 商务) before
 *    科技 and 统计, 教育 before 体育, 自然资源 before 规划. A 科技和工业信息化局 is therefore `industry-it` — at county
 *    level it is the industry bureau, which also runs science — and a journalist comparing 工信局 across cities finds it.
 * 4. A name that matches no stem has no type (null): unknown, never guessed.
 *
 * Keys are stable ASCII (they are part of the open-data contract through index.json); names are the Chinese labels.
 */
export interface DepartmentType {
  key: string;
  /** Chinese name of the type (工业和信息化). */
  name: string;
  /** Substrings that identify the type in a department name, most specific first. */
  stems: string[];
}

export const DEPARTMENT_TYPES: readonly DepartmentType[] = [
  // Party organs (中共…委员会 … 部 / 委).
  { key: 'party-organization', name: '组织部', stems: ['组织部'] },
  { key: 'party-publicity', name: '宣传部', stems: ['宣传部'] },
  { key: 'party-united-front', name: '统一战线工作部', stems: ['统一战线工作部', '统战部'] },
  { key: 'party-political-legal', name: '政法委员会', stems: ['政法委员会', '政法委'] },
  { key: 'party-social-work', name: '社会工作部', stems: ['社会工作部'] },
  { key: 'party-discipline', name: '纪律检查委员会（监察委员会）', stems: ['纪律检查委员会', '纪委', '监察委员会', '监委'] },
  { key: 'party-cyberspace', name: '网络安全和信息化委员会办公室', stems: ['网络安全和信息化', '网信办'] },
  { key: 'party-establishment', name: '机构编制委员会办公室', stems: ['机构编制委员会', '编办'] },
  { key: 'party-school', name: '党校', stems: ['党校', '行政学院'] },
  // Government: the economic portfolios first (merged bureaus, rule 3).
  { key: 'industry-it', name: '工业和信息化', stems: ['工业和信息化', '工业信息化', '工信', '经济和信息化', '经济信息化', '经信', '经济和信息', '工业和信息'] },
  { key: 'development-reform', name: '发展和改革', stems: ['发展和改革', '发展改革', '发改'] },
  { key: 'commerce', name: '商务', stems: ['商务'] },
  { key: 'finance', name: '财政', stems: ['财政'] },
  { key: 'audit', name: '审计', stems: ['审计'] },
  { key: 'statistics', name: '统计', stems: ['统计局', '统计'] },
  { key: 'science-technology', name: '科学技术', stems: ['科学技术', '科技'] },
  { key: 'education', name: '教育', stems: ['教育'] },
  { key: 'sports', name: '体育', stems: ['体育'] },
  { key: 'agriculture-rural', name: '农业农村', stems: ['农业农村', '农业', '农村'] },
  { key: 'health', name: '卫生健康', stems: ['卫生健康', '卫健', '卫生和计划生育', '卫生'] },
  { key: 'healthcare-security', name: '医疗保障', stems: ['医疗保障', '医保'] },
  { key: 'public-security', name: '公安', stems: ['公安'] },
  { key: 'justice', name: '司法', stems: ['司法'] },
  { key: 'civil-affairs', name: '民政', stems: ['民政'] },
  { key: 'human-resources', name: '人力资源和社会保障', stems: ['人力资源和社会保障', '人力资源社会保障', '人社'] },
  { key: 'ecology-environment', name: '生态环境', stems: ['生态环境', '环境保护', '环保'] },
  { key: 'housing-construction', name: '住房和城乡建设', stems: ['住房和城乡建设', '住房城乡建设', '住建', '城乡建设'] },
  { key: 'transport', name: '交通运输', stems: ['交通运输', '交通'] },
  { key: 'water', name: '水利', stems: ['水利', '水务'] },
  { key: 'culture-tourism', name: '文化和旅游', stems: ['文化和旅游', '文化广电和旅游', '文化广电旅游', '文化旅游', '文广旅', '文旅', '文化广电'] },
  { key: 'market-regulation', name: '市场监督管理', stems: ['市场监督管理', '市场监管'] },
  { key: 'emergency', name: '应急管理', stems: ['应急管理', '应急'] },
  { key: 'natural-resources', name: '自然资源和规划', stems: ['自然资源', '规划和自然资源', '国土资源', '规划'] },
  { key: 'veterans', name: '退役军人事务', stems: ['退役军人事务'] },
  { key: 'forestry', name: '林业', stems: ['林业', '园林'] },
  { key: 'urban-management', name: '城市管理', stems: ['城市管理', '城管', '综合行政执法'] },
  { key: 'state-assets', name: '国有资产监督管理', stems: ['国有资产监督管理', '国资委'] },
  { key: 'government-office', name: '人民政府办公室', stems: ['人民政府办公室', '政府办公室', '政府办'] },
  { key: 'government-affairs', name: '机关事务管理', stems: ['机关事务管理', '机关事务'] },
  { key: 'petitions', name: '信访', stems: ['信访'] },
  { key: 'grain-reserves', name: '粮食和物资储备', stems: ['粮食和物资储备', '粮食'] },
  { key: 'housing-fund', name: '住房公积金管理', stems: ['住房公积金'] },
  { key: 'ethnic-religious', name: '民族宗教事务', stems: ['民族宗教', '民族事务', '宗教事务'] },
  { key: 'court', name: '人民法院', stems: ['人民法院', '法院'] },
  { key: 'procuratorate', name: '人民检察院', stems: ['人民检察院', '检察院'] },
  { key: 'peoples-congress', name: '人民代表大会常务委员会', stems: ['人民代表大会', '人大常委会'] },
  { key: 'cppcc', name: '政治协商会议委员会', stems: ['政治协商会议', '政协'] },
  { key: 'data-bureau', name: '数据和政务服务', stems: ['大数据', '数据局', '政务服务'] },
];

/** Bracketed second names and spaces: `发展和改革局（统计局）` → 发展和改革局. */
const BRACKETS = /[（(][^）)]*[）)]/g;

/** The type of a department from its name without the place (工信局 → industry-it); null when no stem matches. */
export function departmentType(organ: string): { key: string; name: string } | null {
  const t = organ.replace(BRACKETS, '').replace(/[\s\u3000]+/g, '');
  if (!t) return null;
  for (const type of DEPARTMENT_TYPES) if (type.stems.some((s) => t.includes(s))) return { key: type.key, name: type.name };
  return null;
}
