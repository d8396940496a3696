/**
 * Real classification codes and names (政府收支分类科目, 2022 edition) used by the synthetic corpus.
 * 功能分类: 类 (3 digits) → 款 (5) → 项 (7). 经济分类 (部门预算支出经济分类): 类 (3) → 款 (5).
 */

export interface FunctionItem {
  code: string;
  name: string;
  /** What kind of spending a 项 usually is: basic only (行政运行), project only, or either. */
  nature: 'basic' | 'project' | 'mixed';
}
export interface FunctionKuan {
  code: string;
  name: string;
  items: FunctionItem[];
}
export interface FunctionLei {
  code: string;
  name: string;
  kuan: FunctionKuan[];
}

const b = (code: string, name: string): FunctionItem => ({ code, name, nature: 'basic' });
const p = (code: string, name: string): FunctionItem => ({ code, name, nature: 'project' });
const m = (code: string, name: string): FunctionItem => ({ code, name, nature: 'mixed' });

export const FUNCTION_CLASSES: readonly FunctionLei[] = [
  {
    code: '201',
    name: '一般公共服务支出',
    kuan: [
      { code: '20101', name: '人大事务', items: [b('2010101', '行政运行'), p('2010102', '一般行政管理事务')] },
      { code: '20103', name: '政府办公厅（室）及相关机构事务', items: [b('2010301', '行政运行'), p('2010302', '一般行政管理事务'), p('2010308', '信访事务'), b('2010350', '事业运行')] },
      { code: '20111', name: '纪检监察事务', items: [b('2011101', '行政运行'), p('2011102', '一般行政管理事务')] },
      { code: '20132', name: '组织事务', items: [b('2013201', '行政运行'), m('2013299', '其他组织事务支出')] },
    ],
  },
  {
    code: '205',
    name: '教育支出',
    kuan: [{ code: '20508', name: '进修及培训', items: [p('2050801', '教师进修'), m('2050803', '培训支出')] }],
  },
  {
    code: '206',
    name: '科学技术支出',
    kuan: [
      { code: '20603', name: '应用研究', items: [p('2060399', '其他应用研究支出')] },
      { code: '20699', name: '其他科学技术支出', items: [p('2069901', '科技奖励'), m('2069999', '其他科学技术支出')] },
    ],
  },
  {
    code: '207',
    name: '文化旅游体育与传媒支出',
    kuan: [{ code: '20701', name: '文化和旅游', items: [b('2070101', '行政运行'), m('2070199', '其他文化和旅游支出')] }],
  },
  {
    code: '208',
    name: '社会保障和就业支出',
    kuan: [
      {
        code: '20805',
        name: '行政事业单位养老支出',
        items: [b('2080501', '行政单位离退休'), b('2080502', '事业单位离退休'), b('2080505', '机关事业单位基本养老保险缴费支出'), b('2080506', '机关事业单位职业年金缴费支出'), m('2080599', '其他行政事业单位养老支出')],
      },
      { code: '20808', name: '抚恤', items: [m('2080801', '死亡抚恤')] },
      { code: '20899', name: '其他社会保障和就业支出', items: [m('2089999', '其他社会保障和就业支出')] },
    ],
  },
  {
    code: '210',
    name: '卫生健康支出',
    kuan: [
      { code: '21011', name: '行政事业单位医疗', items: [b('2101101', '行政单位医疗'), b('2101102', '事业单位医疗'), b('2101103', '公务员医疗补助'), m('2101199', '其他行政事业单位医疗支出')] },
    ],
  },
  {
    code: '211',
    name: '节能环保支出',
    kuan: [{ code: '21101', name: '环境保护管理事务', items: [b('2110101', '行政运行'), m('2110199', '其他环境保护管理事务支出')] }],
  },
  {
    code: '212',
    name: '城乡社区支出',
    kuan: [{ code: '21201', name: '城乡社区管理事务', items: [b('2120101', '行政运行'), m('2120199', '其他城乡社区管理事务支出')] }],
  },
  {
    code: '213',
    name: '农林水支出',
    kuan: [{ code: '21301', name: '农业农村', items: [b('2130101', '行政运行'), b('2130104', '事业运行'), p('2130108', '病虫害控制')] }],
  },
  {
    code: '214',
    name: '交通运输支出',
    kuan: [{ code: '21401', name: '公路水路运输', items: [b('2140101', '行政运行'), p('2140106', '公路养护')] }],
  },
  {
    code: '215',
    name: '资源勘探工业信息等支出',
    kuan: [
      {
        code: '21505',
        name: '工业和信息产业监管',
        items: [b('2150501', '行政运行'), p('2150502', '一般行政管理事务'), p('2150517', '产业发展'), b('2150550', '事业运行'), m('2150599', '其他工业和信息产业监管支出')],
      },
      { code: '21508', name: '支持中小企业发展和管理支出', items: [p('2150805', '中小企业发展专项'), m('2150899', '其他支持中小企业发展和管理支出')] },
    ],
  },
  {
    code: '221',
    name: '住房保障支出',
    kuan: [{ code: '22102', name: '住房改革支出', items: [b('2210201', '住房公积金'), b('2210202', '提租补贴'), b('2210203', '购房补贴')] }],
  },
];

/** The 26 expenditure lines of 收入支出决算总表 / 财政拨款收入支出决算总表, in printed order, with their 类 code. */
export const SUMMARY_EXPENDITURE_LINES: readonly { label: string; lei: string }[] = [
  { label: '一、一般公共服务支出', lei: '201' },
  { label: '二、外交支出', lei: '202' },
  { label: '三、国防支出', lei: '203' },
  { label: '四、公共安全支出', lei: '204' },
  { label: '五、教育支出', lei: '205' },
  { label: '六、科学技术支出', lei: '206' },
  { label: '七、文化旅游体育与传媒支出', lei: '207' },
  { label: '八、社会保障和就业支出', lei: '208' },
  { label: '九、卫生健康支出', lei: '210' },
  { label: '十、节能环保支出', lei: '211' },
  { label: '十一、城乡社区支出', lei: '212' },
  { label: '十二、农林水支出', lei: '213' },
  { label: '十三、交通运输支出', lei: '214' },
  { label: '十四、资源勘探工业信息等支出', lei: '215' },
  { label: '十五、商业服务业等支出', lei: '216' },
  { label: '十六、金融支出', lei: '217' },
  { label: '十七、援助其他地区支出', lei: '219' },
  { label: '十八、自然资源海洋气象等支出', lei: '220' },
  { label: '十九、住房保障支出', lei: '221' },
  { label: '二十、粮油物资储备支出', lei: '222' },
  { label: '二十一、国有资本经营预算支出', lei: '223' },
  { label: '二十二、灾害防治及应急管理支出', lei: '224' },
  { label: '二十三、其他支出', lei: '229' },
  { label: '二十四、债务还本支出', lei: '231' },
  { label: '二十五、债务付息支出', lei: '232' },
  { label: '二十六、抗疫特别国债安排的支出', lei: '234' },
];

/** 经济分类 items of 一般公共预算财政拨款基本支出决算明细表, by printed block (人员经费 = 301 + 303; 公用经费 = the rest). */
export interface EconItem {
  code: string;
  name: string;
}
export interface EconClass {
  code: string;
  name: string;
  personnel: boolean;
  items: EconItem[];
}
const e = (code: string, name: string): EconItem => ({ code, name });

export const ECONOMIC_CLASSES: readonly EconClass[] = [
  {
    code: '301',
    name: '工资福利支出',
    personnel: true,
    items: [
      e('30101', '基本工资'), e('30102', '津贴补贴'), e('30103', '奖金'), e('30106', '伙食补助费'), e('30107', '绩效工资'),
      e('30108', '机关事业单位基本养老保险缴费'), e('30109', '职业年金缴费'), e('30110', '职工基本医疗保险缴费'),
      e('30111', '公务员医疗补助缴费'), e('30112', '其他社会保障缴费'), e('30113', '住房公积金'), e('30114', '医疗费'),
      e('30199', '其他工资福利支出'),
    ],
  },
  {
    code: '303',
    name: '对个人和家庭的补助',
    personnel: true,
    items: [
      e('30301', '离休费'), e('30302', '退休费'), e('30303', '退职（役）费'), e('30304', '抚恤金'), e('30305', '生活补助'),
      e('30306', '救济费'), e('30307', '医疗费补助'), e('30308', '助学金'), e('30309', '奖励金'), e('30310', '个人农业生产补贴'),
      e('30311', '代缴社会保险费'), e('30399', '其他对个人和家庭的补助'),
    ],
  },
  {
    code: '302',
    name: '商品和服务支出',
    personnel: false,
    items: [
      e('30201', '办公费'), e('30202', '印刷费'), e('30203', '咨询费'), e('30204', '手续费'), e('30205', '水费'), e('30206', '电费'),
      e('30207', '邮电费'), e('30208', '取暖费'), e('30209', '物业管理费'), e('30211', '差旅费'), e('30212', '因公出国（境）费用'),
      e('30213', '维修（护）费'), e('30214', '租赁费'), e('30215', '会议费'), e('30216', '培训费'), e('30217', '公务接待费'),
      e('30218', '专用材料费'), e('30224', '被装购置费'), e('30225', '专用燃料费'), e('30226', '劳务费'), e('30227', '委托业务费'),
      e('30228', '工会经费'), e('30229', '福利费'), e('30231', '公务用车运行维护费'), e('30239', '其他交通费用'),
      e('30240', '税金及附加费用'), e('30299', '其他商品和服务支出'),
    ],
  },
  {
    code: '307',
    name: '债务利息及费用支出',
    personnel: false,
    items: [e('30701', '国内债务付息'), e('30702', '国外债务付息')],
  },
  {
    code: '310',
    name: '资本性支出',
    personnel: false,
    items: [
      e('31001', '房屋建筑物购建'), e('31002', '办公设备购置'), e('31003', '专用设备购置'), e('31005', '基础设施建设'),
      e('31006', '大型修缮'), e('31007', '信息网络及软件购置更新'), e('31008', '物资储备'), e('31009', '土地补偿'),
      e('31010', '安置补助'), e('31011', '地上附着物和青苗补偿'), e('31012', '拆迁补偿'), e('31013', '公务用车购置'),
      e('31019', '其他交通工具购置'), e('31021', '文物和陈列品购置'), e('31022', '无形资产购置'), e('31099', '其他资本性支出'),
    ],
  },
  {
    code: '399',
    name: '其他支出',
    personnel: false,
    items: [e('39907', '国家赔偿费用支出'), e('39908', '对民间非营利组织和群众性自治组织补贴'), e('39909', '经常性赠与'), e('39910', '资本性赠与'), e('39999', '其他支出')],
  },
];

/** Places of the gazetteer (src/lib/metadata/gazetteer.ts) with the departments the generator names. */
export const SYNTH_PLACES: readonly { prefix: string; province: string; city: string; county: string | null; code: string }[] = [
  { prefix: '焦作市', province: '河南省', city: '焦作市', county: null, code: '410800' },
  { prefix: '洛阳市', province: '河南省', city: '洛阳市', county: null, code: '410300' },
  { prefix: '开封市', province: '河南省', city: '开封市', county: null, code: '410200' },
  { prefix: '新乡市', province: '河南省', city: '新乡市', county: null, code: '410700' },
  { prefix: '郑州市', province: '河南省', city: '郑州市', county: null, code: '410100' },
  { prefix: '平顶山市', province: '河南省', city: '平顶山市', county: null, code: '410400' },
  { prefix: '阳泉市', province: '山西省', city: '阳泉市', county: null, code: '140300' },
  { prefix: '太原市', province: '山西省', city: '太原市', county: null, code: '140100' },
  { prefix: '焦作市山阳区', province: '河南省', city: '焦作市', county: '山阳区', code: '410811' },
  { prefix: '焦作市中站区', province: '河南省', city: '焦作市', county: '中站区', code: '410803' },
];

export const SYNTH_DEPARTMENTS: readonly { name: string; slug: string; lei: string[] }[] = [
  { name: '工业和信息化局', slug: 'gongxinju', lei: ['201', '205', '206', '208', '210', '215', '221'] },
  { name: '科学技术局', slug: 'kejiju', lei: ['201', '206', '208', '210', '221'] },
  { name: '财政局', slug: 'caizhengju', lei: ['201', '205', '208', '210', '221'] },
  { name: '文化广电和旅游局', slug: 'wenlvju', lei: ['201', '207', '208', '210', '221'] },
  { name: '生态环境局', slug: 'shengtaiju', lei: ['201', '208', '210', '211', '221'] },
  { name: '城市管理局', slug: 'chengguanju', lei: ['201', '208', '210', '212', '221'] },
  { name: '农业农村局', slug: 'nongyeju', lei: ['201', '208', '210', '213', '221'] },
  { name: '交通运输局', slug: 'jiaotongju', lei: ['201', '208', '210', '214', '221'] },
  { name: '教育局', slug: 'jiaoyuju', lei: ['201', '205', '208', '210', '221'] },
  { name: '住房和城乡建设局', slug: 'zhujianju', lei: ['201', '208', '210', '212', '221'] },
  { name: '发展和改革委员会', slug: 'fagaiwei', lei: ['201', '206', '208', '210', '215', '221'] },
  { name: '商务局', slug: 'shangwuju', lei: ['201', '208', '210', '215', '221'] },
];
