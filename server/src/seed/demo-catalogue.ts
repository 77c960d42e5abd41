import type { ChainRole, FlagKind, InvestorTag, SourceMethod, Stage } from '@luodi/domain';

/**
 * The demo city's investment projects, written by hand from the speeches in shared/seeds
 * (酒鬼酒产业园, 泸溪高新区, 花垣（盈田高科）园区, 中钒联, 锰锌钒铝, 新能凤凰, 馥郁香型白酒 …).
 * demo-projects.ts turns them into rows with dates relative to "today".
 */

export type ChainKey = 'baijiu' | 'mzv' | 'e5g' | 'food' | 'energy' | 'bio' | 'equip';
/** Keys of the org units made by demo-accounts.ts that own projects. */
export type UnitKey = 'luxi' | 'luxi-park' | 'huayuan' | 'huayuan-park' | 'baojing';
export type LeaderName = 'wang.leader' | 'chen.leader' | 'liu.leader';
export type StaffName = 'zhang.staff' | 'li.staff' | 'sun.staff' | 'zhou.staff';

export const DEMO_CHAINS: { key: ChainKey; name: string; short: string; leader: LeaderName }[] = [
  { key: 'baijiu', name: '白酒', short: '白酒', leader: 'wang.leader' },
  { key: 'mzv', name: '锰锌钒新材料', short: '锰锌钒新材料', leader: 'liu.leader' },
  { key: 'e5g', name: '电子信息及5G应用', short: '电子信息', leader: 'chen.leader' },
  { key: 'food', name: '绿色食品', short: '绿色食品', leader: 'wang.leader' },
  { key: 'energy', name: '新能源', short: '新能源', leader: 'liu.leader' },
  { key: 'bio', name: '生物医药', short: '生物医药', leader: 'chen.leader' },
  { key: 'equip', name: '先进装备制造', short: '装备制造', leader: 'wang.leader' },
];

export interface DemoInvestor {
  key: string;
  name: string;
  /** How people call it in a follow-up note. */
  short: string;
  city: string;
  /** 行政区划代码 of its registration, positions 3–8 of the credit code; null: no domestic code. */
  region: string | null;
  tags: InvestorTag[];
}

const investor = (key: string, name: string, short: string, city: string, region: string | null, tags: InvestorTag[] = []): DemoInvestor => ({
  key,
  name,
  short,
  city,
  region,
  tags,
});

export const DEMO_INVESTORS: DemoInvestor[] = [
  // Named in the speeches.
  investor('jgj', '酒鬼酒股份有限公司', '酒鬼酒', '吉首', '433101', ['上市公司', '链主企业']),
  investor('zfl', '湖南中钒联新材料科技有限公司', '中钒联', '长沙', '430100', ['链主企业', '专精特新']),
  investor('xnfh', '新能凤凰（湖南）能源科技有限公司', '新能凤凰', '长沙', '430100', ['民营500强']),
  investor('jyc', '湖南今缘春酒业有限公司', '今缘春酒业', '保靖', '433125'),
  investor('huasheng', '香港华晟国际投资有限公司', '华晟国际', '香港', null),
  // 在谈
  investor('xunlian', '深圳讯联智能终端有限公司', '讯联智能', '深圳', '440300', ['民营500强']),
  investor('xiangmeng', '湖南湘锰新能源材料有限公司', '湘锰新能源', '长沙', '430100', ['专精特新']),
  investor('hengfan', '攀西恒钒科技股份有限公司', '恒钒科技', '成都', '510100', ['上市公司']),
  investor('mingyuan', '湖南茗源茶业集团有限公司', '茗源茶业', '长沙', '430100'),
  investor('guoxian', '广东果鲜供应链管理有限公司', '果鲜供应链', '广州', '440100'),
  investor('xianpei', '浙江鲜沛饮品有限公司', '鲜沛饮品', '杭州', '330100'),
  investor('jingkuang', '江苏晶框新能源科技有限公司', '晶框新能源', '苏州', '320500', ['专精特新']),
  investor('zdxn', '中电湘能新能源有限公司', '中电湘能', '长沙', '430100', ['世界500强']),
  investor('duzhongbio', '北京杜仲生物科技有限公司', '杜仲生物', '北京', '110000', ['专精特新']),
  investor('kangji', '重庆康济药业股份有限公司', '康济药业', '重庆', '500000', ['上市公司']),
  investor('kuangyou', '湖南矿友智能装备有限公司', '矿友装备', '株洲', '430200', ['专精特新']),
  investor('huayao', '醴陵华窑陶瓷有限公司', '华窑陶瓷', '醴陵', '430281'),
  investor('dingsheng', '东莞鼎盛电路科技有限公司', '鼎盛电路', '东莞', '441900', ['上市公司']),
  investor('mengdu', '湖南锰都新材料有限公司', '锰都新材料', '花垣', '433124'),
  investor('yongchu', '宁波甬储能源科技有限公司', '甬储能源', '宁波', '330200', ['民营500强']),
  investor('wulingshan', '湖南武陵山食品有限公司', '武陵山食品', '吉首', '433101'),
  investor('yunshu', '北京云枢数据科技有限公司', '云枢数据', '北京', '110000', ['中国500强']),
  investor('xiangjian', '湖南湘建产业投资有限公司', '湘建产投', '长沙', '430100', ['中国500强']),
  investor('xinda', '宁波锌达压铸有限公司', '锌达压铸', '宁波', '330200'),
  investor('lvzao', '成都绿糟环保科技有限公司', '绿糟环保', '成都', '510100'),
  investor('tianhong', '深圳天弘通信技术有限公司', '天弘通信', '深圳', '440300', ['专精特新']),
  investor('zhuyun', '福建竹韵新材料有限公司', '竹韵新材料', '厦门', '350200'),
  investor('ganxun', '江西赣循资源再生有限公司', '赣循再生', '南昌', '360100'),
  // 签约
  investor('guangqixin', '武汉光启芯通信技术有限公司', '光启芯', '武汉', '420100', ['上市公司', '专精特新']),
  investor('ruitan', '湖南瑞碳新材料有限公司', '瑞碳新材料', '长沙', '430100', ['专精特新']),
  investor('xiangquan', '湖南湘泉酒业投资有限公司', '湘泉酒业', '吉首', '433101'),
  investor('huangjincha', '湘西黄金茶产业发展有限公司', '黄金茶公司', '保靖', '433125'),
  investor('lianshu', '上海联束汽车电子有限公司', '联束电子', '上海', '310000', ['民营500强']),
  investor('guotou', '国投绿能（湖南）新能源有限公司', '国投绿能', '长沙', '430100', ['世界500强']),
  investor('mufeng', '湖南牧丰生物科技有限公司', '牧丰生物', '长沙', '430100'),
  investor('jingzhu', '宁波精铸数控机械有限公司', '精铸数控', '宁波', '330200', ['专精特新']),
  investor('miaoling', '贵阳苗岭药业有限公司', '苗岭药业', '贵阳', '520100'),
  investor('hengtai', '江苏恒泰液压科技有限公司', '恒泰液压', '常州', '320400', ['上市公司']),
  investor('kangli', '江西康力医疗器械有限公司', '康力医疗', '南昌', '360100'),
  investor('jinzun', '贵州仁怀金樽酒业有限公司', '金樽酒业', '仁怀', '520382'),
  investor('chidian', '深圳驰电动力科技有限公司', '驰电动力', '深圳', '440300'),
  investor('jingyan', '东莞精研精密科技有限公司', '精研精密', '东莞', '441900', ['专精特新']),
  investor('yuanqi', '广州元气健康食品有限公司', '元气健康', '广州', '440100'),
  investor('huali', '湘潭华锂新能源材料有限公司', '华锂新能源', '湘潭', '430300', ['上市公司']),
  investor('ganci', '江西赣磁电机有限公司', '赣磁电机', '赣州', '360700'),
  // 落地
  investor('jincai', '湖南金彩包装印务有限公司', '金彩包装', '长沙', '430100'),
  investor('tongneng', '深圳通能电源技术有限公司', '通能电源', '深圳', '440300', ['专精特新']),
  investor('hongmeng', '湖南红锰化工有限公司', '红锰化工', '湘潭', '430300'),
  investor('lvguo', '浙江绿果生物科技有限公司', '绿果生物', '杭州', '330100'),
  investor('jingbo', '安徽晶玻光能科技有限公司', '晶玻光能', '合肥', '340100', ['上市公司']),
  investor('bosheng', '苏州博生生物技术有限公司', '博生生物', '苏州', '320500', ['专精特新']),
  investor('luyun', '山东鲁运矿山机械有限公司', '鲁运矿机', '济南', '370100'),
  investor('xianglv', '湖南湘旅文化发展集团有限公司', '湘旅集团', '长沙', '430100', ['中国500强']),
  investor('zhipei', '深圳智佩科技有限公司', '智佩科技', '深圳', '440300'),
  investor('xinfeng', '上海芯封半导体有限公司', '芯封半导体', '上海', '310000'),
  investor('jishengtang', '湖南济生堂药业有限公司', '济生堂药业', '长沙', '430100'),
  investor('fantai', '攀枝花钒钛新材料有限公司', '钒钛新材料', '攀枝花', '510400'),
  investor('dongyue', '江苏东岳新能源装备集团有限公司', '东岳新能源', '南京', '320100', ['民营500强']),
  investor('tujia', '湖南土家风味食品有限公司', '土家风味', '吉首', '433101'),
  investor('xinyuan', '湖南锌源环保科技有限公司', '锌源环保', '株洲', '430200'),
  // 开工
  investor('xjsz', '湘江数智科技集团有限公司', '湘江数智', '长沙', '430100', ['中国500强']),
  investor('youshui', '湖南酉水酒业有限公司', '酉水酒业', '保靖', '433125'),
  investor('xiangming', '湖南湘茗实业有限公司', '湘茗实业', '长沙', '430100'),
  investor('huahai', '浙江华海药化有限公司', '华海药化', '台州', '331000', ['上市公司']),
  investor('hongzhu', '广东鸿铸精密科技有限公司', '鸿铸精密', '佛山', '440600', ['民营500强']),
  investor('wuyue', '湖南五岳新材料集团有限公司', '五岳新材料', '长沙', '430100', ['中国500强', '链主企业']),
  investor('nongyou', '湖南农友机械集团有限公司', '农友机械', '娄底', '431300'),
  investor('nineng', '深圳逆能电气股份有限公司', '逆能电气', '深圳', '440300', ['上市公司']),
  investor('xiangyao', '湖南湘药本草科技有限公司', '湘药本草', '长沙', '430100'),
  investor('cigu', '浙江磁谷电子有限公司', '磁谷电子', '金华', '330700'),
  investor('huaxin', '湖南华锌金属材料有限公司', '华锌金属', '郴州', '431000'),
  investor('niangji', '四川酿机智能装备有限公司', '酿机装备', '宜宾', '511500', ['专精特新']),
  // 投产
  investor('guangying', '深圳光映科技有限公司', '光映科技', '深圳', '440300', ['民营500强']),
  investor('xiangzha', '湖南湘渣环保科技有限公司', '湘渣环保', '长沙', '430100', ['专精特新']),
  investor('youchayuan', '湖南油茶源食品有限公司', '油茶源', '衡阳', '430400'),
  investor('chuyuan', '东莞储源电池有限公司', '储源电池', '东莞', '441900'),
  investor('duzhongyuan', '湖南杜仲源生物科技有限公司', '杜仲源', '保靖', '433125', ['专精特新']),
  investor('zhuyou', '湖南铸友机械有限公司', '铸友机械', '株洲', '430200'),
  investor('folv', '广东佛铝铝业有限公司', '佛铝铝业', '佛山', '440600', ['中国500强']),
  investor('gangou', '湖南钢构农机有限公司', '钢构农机', '常德', '430700'),
];

/** Days before today; arrivals are [days ago, percent of the contracted investment]. */
export interface DemoTimeline {
  created?: number;
  /** 在谈: the latest follow-up. */
  lastActivity?: number;
  signed?: number;
  landed?: number;
  started?: number;
  operating?: number;
  arrivals?: [number, number][];
}

export interface DemoProjectSpec {
  name: string;
  investor: string;
  chain: ChainKey;
  unit: UnitKey;
  stage: Stage;
  /** 万元: planned while negotiating, contracted from signing on. */
  amount: number;
  /** 亩 */
  land?: number;
  /** m² of leased (standard) factory floor. */
  lease?: number;
  source: SourceMethod;
  role: ChainRole;
  leader?: LeaderName;
  owner?: StaffName;
  /** Omitted for healthy projects: demo-projects.ts draws a healthy history. */
  timeline?: DemoTimeline;
  terminated?: { daysAgo: number; reason: string };
  /** The flags the project is meant to show today (none when omitted). */
  flags?: FlagKind[];
}

const P = (spec: DemoProjectSpec) => spec;

export const DEMO_PROJECTS: DemoProjectSpec[] = [
  // ─── 在谈 ───────────────────────────────────────────────────────────────────────────
  P({ name: '酒鬼酒文旅融合酒庄项目', investor: 'jgj', chain: 'baijiu', unit: 'luxi', stage: 'NEGOTIATING', amount: 60000, source: '以商招商', role: 'EXTEND' }),
  P({ name: '5G智能终端整机组装项目', investor: 'xunlian', chain: 'e5g', unit: 'luxi-park', stage: 'NEGOTIATING', amount: 80000, source: '小分队招商', role: 'BUILD' }),
  P({ name: '锰基正极材料前驱体项目', investor: 'xiangmeng', chain: 'mzv', unit: 'huayuan-park', stage: 'NEGOTIATING', amount: 120000, source: '资本招商', role: 'EXTEND' }),
  P({ name: '高氮高纯钒氮合金扩产项目', investor: 'hengfan', chain: 'mzv', unit: 'huayuan-park', stage: 'NEGOTIATING', amount: 35000, source: '定点招商', role: 'STRENGTHEN' }),
  P({ name: '保靖黄金茶精深加工及茶饮料项目', investor: 'mingyuan', chain: 'food', unit: 'baojing', stage: 'NEGOTIATING', amount: 15000, source: '以商招商', role: 'EXTEND' }),
  P({ name: '十八洞猕猴桃冷链物流及果酒项目', investor: 'guoxian', chain: 'food', unit: 'huayuan', stage: 'NEGOTIATING', amount: 12000, source: '领导招商', role: 'EXTEND', leader: 'liu.leader' }),
  P({ name: '泸溪椪柑深加工及果汁饮料项目', investor: 'xianpei', chain: 'food', unit: 'luxi', stage: 'NEGOTIATING', amount: 8000, source: '敲门招商', role: 'EXTEND' }),
  P({ name: '光伏组件边框及支架制造项目', investor: 'jingkuang', chain: 'energy', unit: 'luxi-park', stage: 'NEGOTIATING', amount: 25000, source: '展会招商', role: 'FILL' }),
  P({ name: '保靖县分散式风电项目', investor: 'zdxn', chain: 'energy', unit: 'baojing', stage: 'NEGOTIATING', amount: 90000, source: '领导招商', role: 'BUILD', leader: 'wang.leader' }),
  P({ name: '杜仲胶新材料及生物制品项目', investor: 'duzhongbio', chain: 'bio', unit: 'baojing', stage: 'NEGOTIATING', amount: 30000, source: '定点招商', role: 'BUILD' }),
  P({ name: '中药配方颗粒生产基地项目', investor: 'kangji', chain: 'bio', unit: 'luxi', stage: 'NEGOTIATING', amount: 20000, source: '代理招商', role: 'BUILD' }),
  P({ name: '矿山智能装备再制造项目', investor: 'kuangyou', chain: 'equip', unit: 'huayuan-park', stage: 'NEGOTIATING', amount: 18000, source: '以商招商', role: 'FILL' }),
  P({ name: '白酒陶瓷酒瓶及包装材料项目', investor: 'huayao', chain: 'baijiu', unit: 'baojing', stage: 'NEGOTIATING', amount: 9000, source: '以商招商', role: 'FILL' }),
  P({ name: '印制电路板（PCB）生产项目', investor: 'dingsheng', chain: 'e5g', unit: 'luxi-park', stage: 'NEGOTIATING', amount: 45000, source: '展会招商', role: 'FILL' }),
  P({ name: '电解金属锰清洁生产技改项目', investor: 'mengdu', chain: 'mzv', unit: 'huayuan', stage: 'NEGOTIATING', amount: 40000, source: '定点招商', role: 'STRENGTHEN' }),
  P({ name: '储能电站集成及电池PACK项目', investor: 'yongchu', chain: 'energy', unit: 'huayuan-park', stage: 'NEGOTIATING', amount: 60000, source: '资本招商', role: 'EXTEND' }),
  P({ name: '湘西黑猪屠宰及肉制品加工项目', investor: 'wulingshan', chain: 'food', unit: 'baojing', stage: 'NEGOTIATING', amount: 6000, source: '其他', role: 'BUILD' }),
  P({ name: '工业互联网及物流大数据中心项目', investor: 'yunshu', chain: 'e5g', unit: 'luxi', stage: 'NEGOTIATING', amount: 15000, source: '领导招商', role: 'BUILD', leader: 'chen.leader' }),
  P({ name: '智能制造产业园标准厂房代建项目', investor: 'xiangjian', chain: 'equip', unit: 'luxi', stage: 'NEGOTIATING', amount: 20000, source: '代理招商', role: 'BUILD', timeline: { created: 200, lastActivity: 70 }, flags: ['NO_FOLLOW_UP'] }),
  P({ name: '锌基合金压铸件项目', investor: 'xinda', chain: 'mzv', unit: 'huayuan', stage: 'NEGOTIATING', amount: 12000, source: '小分队招商', role: 'EXTEND', timeline: { created: 150, lastActivity: 82 }, flags: ['NO_FOLLOW_UP'] }),
  P({ name: '白酒酿造废弃物资源化利用项目', investor: 'lvzao', chain: 'baijiu', unit: 'luxi', stage: 'NEGOTIATING', amount: 6000, source: '其他', role: 'FILL', timeline: { created: 260, lastActivity: 110 }, flags: ['NO_FOLLOW_UP'] }),
  P({ name: '5G基站天线及射频器件项目', investor: 'tianhong', chain: 'e5g', unit: 'huayuan-park', stage: 'NEGOTIATING', amount: 30000, source: '展会招商', role: 'FILL', timeline: { created: 300, lastActivity: 170 }, flags: ['NO_FOLLOW_UP'] }),
  P({
    name: '竹木纤维复合材料项目', investor: 'zhuyun', chain: 'equip', unit: 'baojing', stage: 'NEGOTIATING', amount: 8000, source: '敲门招商', role: 'FILL',
    timeline: { created: 260, lastActivity: 40 },
    terminated: { daysAgo: 30, reason: '投资方战略调整，暂缓在湘西投资，经双方协商终止洽谈' },
  }),
  P({
    name: '锂电池回收拆解项目', investor: 'ganxun', chain: 'energy', unit: 'huayuan', stage: 'NEGOTIATING', amount: 15000, source: '敲门招商', role: 'FILL',
    timeline: { created: 180, lastActivity: 100 },
    terminated: { daysAgo: 90, reason: '项目环评预判不符合园区产业定位和环境容量要求，终止洽谈' },
  }),

  // ─── 签约 ───────────────────────────────────────────────────────────────────────────
  P({ name: '泸溪高新区5G光模块生产线', investor: 'guangqixin', chain: 'e5g', unit: 'luxi-park', stage: 'SIGNED', amount: 65000, source: '小分队招商', role: 'BUILD' }),
  P({
    name: '中钒联全钒液流电池电解液项目', investor: 'zfl', chain: 'mzv', unit: 'luxi-park', stage: 'SIGNED', amount: 80000, source: '以商招商', role: 'EXTEND',
    timeline: { created: 120, signed: 50 }, flags: ['DUPLICATE'],
  }),
  P({ name: '铝基碳化硅复合材料项目', investor: 'ruitan', chain: 'mzv', unit: 'luxi-park', stage: 'SIGNED', amount: 45000, source: '定点招商', role: 'FILL' }),
  P({ name: '馥郁香型白酒原酒基酒储备库项目', investor: 'xiangquan', chain: 'baijiu', unit: 'luxi', stage: 'SIGNED', amount: 30000, source: '以商招商', role: 'STRENGTHEN' }),
  P({ name: '保靖黄金茶茶旅融合产业园项目', investor: 'huangjincha', chain: 'food', unit: 'baojing', stage: 'SIGNED', amount: 18000, source: '领导招商', role: 'EXTEND' }),
  P({ name: '智能网联汽车线束项目', investor: 'lianshu', chain: 'e5g', unit: 'huayuan-park', stage: 'SIGNED', amount: 20000, source: '敲门招商', role: 'FILL' }),
  P({ name: '分布式光伏及储能一体化项目', investor: 'guotou', chain: 'energy', unit: 'baojing', stage: 'SIGNED', amount: 35000, source: '资本招商', role: 'BUILD' }),
  P({ name: '生物发酵饲料项目', investor: 'mufeng', chain: 'food', unit: 'huayuan', stage: 'SIGNED', amount: 8000, source: '其他', role: 'FILL' }),
  P({ name: '高端数控机床零部件项目', investor: 'jingzhu', chain: 'equip', unit: 'luxi-park', stage: 'SIGNED', amount: 25000, source: '展会招商', role: 'FILL' }),
  P({ name: '中药饮片及植物提取物项目', investor: 'miaoling', chain: 'bio', unit: 'baojing', stage: 'SIGNED', amount: 15000, source: '代理招商', role: 'BUILD' }),
  P({ name: '工程机械液压件项目', investor: 'hengtai', chain: 'equip', unit: 'huayuan-park', stage: 'SIGNED', amount: 30000, source: '以商招商', role: 'EXTEND' }),
  P({ name: '医疗器械（一次性耗材）生产项目', investor: 'kangli', chain: 'bio', unit: 'luxi-park', stage: 'SIGNED', amount: 12000, source: '敲门招商', role: 'FILL' }),
  P({
    name: '白酒原浆勾调灌装项目', investor: 'jinzun', chain: 'baijiu', unit: 'baojing', stage: 'SIGNED', amount: 20000, source: '代理招商', role: 'EXTEND',
    timeline: { signed: 150 }, flags: ['FAKE_PROJECT', 'STALLED', 'LOW_CAPITAL'],
  }),
  P({
    name: '新能源汽车驱动电机项目', investor: 'chidian', chain: 'energy', unit: 'luxi', stage: 'SIGNED', amount: 50000, source: '代理招商', role: 'BUILD',
    timeline: { signed: 230 }, flags: ['FAKE_PROJECT', 'STALLED', 'LOW_CAPITAL'],
  }),
  P({
    name: '消费电子精密结构件项目', investor: 'jingyan', chain: 'e5g', unit: 'luxi-park', stage: 'SIGNED', amount: 28000, source: '展会招商', role: 'FILL',
    timeline: { signed: 170, arrivals: [[140, 30]] }, flags: ['STALLED'],
  }),
  P({
    name: '功能性食品及保健品项目', investor: 'yuanqi', chain: 'food', unit: 'luxi', stage: 'SIGNED', amount: 10000, source: '敲门招商', role: 'EXTEND',
    timeline: { signed: 260, arrivals: [[210, 28]] }, flags: ['STALLED'],
  }),
  P({
    name: '锰酸锂电池正极材料项目', investor: 'huali', chain: 'mzv', unit: 'huayuan', stage: 'SIGNED', amount: 60000, source: '资本招商', role: 'EXTEND',
    timeline: { signed: 130, arrivals: [[40, 10]] }, flags: ['LOW_CAPITAL'],
  }),
  P({
    name: '华晟猕猴桃精深加工项目', investor: 'huasheng', chain: 'food', unit: 'huayuan', stage: 'SIGNED', amount: 15000, source: '以商招商', role: 'EXTEND',
    timeline: { created: 90, signed: 40 }, flags: ['DUPLICATE'],
  }),
  P({
    name: '稀土永磁电机项目', investor: 'ganci', chain: 'equip', unit: 'baojing', stage: 'SIGNED', amount: 80000, source: '代理招商', role: 'BUILD',
    timeline: { signed: 300 },
    terminated: { daysAgo: 60, reason: '经核查投资方无实际投资能力，签约后始终未到位资金，双方协商解除投资协议' },
  }),

  // ─── 落地 ───────────────────────────────────────────────────────────────────────────
  P({ name: '酒鬼酒产业园包材配套项目', investor: 'jincai', chain: 'baijiu', unit: 'luxi-park', stage: 'LANDED', amount: 25000, land: 60, source: '以商招商', role: 'FILL' }),
  P({
    name: '华晟猕猴桃精深加工项目', investor: 'huasheng', chain: 'food', unit: 'huayuan-park', stage: 'LANDED', amount: 15000, land: 40, source: '以商招商', role: 'EXTEND',
    timeline: { signed: 220, landed: 150, arrivals: [[200, 20], [60, 15]] },
  }),
  P({ name: '5G通信基站电源及储能柜项目', investor: 'tongneng', chain: 'e5g', unit: 'luxi-park', stage: 'LANDED', amount: 30000, lease: 18000, source: '小分队招商', role: 'FILL' }),
  P({ name: '电解二氧化锰深加工项目', investor: 'hongmeng', chain: 'mzv', unit: 'huayuan', stage: 'LANDED', amount: 40000, land: 110, source: '定点招商', role: 'STRENGTHEN' }),
  P({ name: '保靖柑橘果胶及膳食纤维项目', investor: 'lvguo', chain: 'food', unit: 'baojing', stage: 'LANDED', amount: 12000, land: 45, source: '敲门招商', role: 'EXTEND' }),
  P({ name: '光伏玻璃深加工项目', investor: 'jingbo', chain: 'energy', unit: 'huayuan-park', stage: 'LANDED', amount: 60000, land: 180, source: '展会招商', role: 'EXTEND' }),
  P({ name: '新型疫苗佐剂及生物试剂项目', investor: 'bosheng', chain: 'bio', unit: 'luxi-park', stage: 'LANDED', amount: 20000, lease: 9000, source: '资本招商', role: 'BUILD' }),
  P({ name: '矿用输送设备制造项目', investor: 'luyun', chain: 'equip', unit: 'huayuan', stage: 'LANDED', amount: 15000, land: 50, source: '以商招商', role: 'FILL' }),
  P({ name: '白酒文创及酒旅小镇项目', investor: 'xianglv', chain: 'baijiu', unit: 'baojing', stage: 'LANDED', amount: 50000, land: 150, source: '领导招商', role: 'EXTEND' }),
  P({ name: '智能穿戴设备组装项目', investor: 'zhipei', chain: 'e5g', unit: 'huayuan-park', stage: 'LANDED', amount: 18000, lease: 15000, source: '以商招商', role: 'BUILD' }),
  P({
    name: '半导体封装测试项目', investor: 'xinfeng', chain: 'e5g', unit: 'luxi-park', stage: 'LANDED', amount: 35000, lease: 12000, source: '代理招商', role: 'FILL',
    timeline: { signed: 200, landed: 100 }, flags: ['FAKE_PROJECT', 'LOW_CAPITAL'],
  }),
  P({
    name: '中成药口服液生产项目', investor: 'jishengtang', chain: 'bio', unit: 'baojing', stage: 'LANDED', amount: 16000, lease: 8000, source: '以商招商', role: 'EXTEND',
    timeline: { signed: 220, landed: 135, arrivals: [[200, 35]] }, flags: ['STALLED'],
  }),
  P({
    name: '钒钛合金材料项目', investor: 'fantai', chain: 'mzv', unit: 'huayuan-park', stage: 'LANDED', amount: 36000, land: 120, source: '资本招商', role: 'FILL',
    timeline: { signed: 330, landed: 260, arrivals: [[300, 15], [90, 15]] }, flags: ['IDLE_LAND'],
  }),
  P({
    name: '新能源装备制造产业园项目', investor: 'dongyue', chain: 'energy', unit: 'luxi', stage: 'LANDED', amount: 50000, land: 200, source: '代理招商', role: 'BUILD',
    timeline: { signed: 460, landed: 400, arrivals: [[440, 16], [380, 10]] }, flags: ['IDLE_LAND', 'STALLED'],
  }),
  P({
    name: '湘西腊肉及特色食品加工项目', investor: 'tujia', chain: 'food', unit: 'luxi', stage: 'LANDED', amount: 9000, land: 60, source: '敲门招商', role: 'EXTEND',
    timeline: { signed: 150, landed: 60, arrivals: [[130, 25], [50, 15]] }, flags: ['LOW_LAND_YIELD'],
  }),
  P({
    name: '今缘春酒业白酒酿造及窖藏项目', investor: 'jyc', chain: 'baijiu', unit: 'luxi', stage: 'LANDED', amount: 30000, land: 80, source: '以商招商', role: 'STRENGTHEN',
    timeline: { signed: 120, landed: 40, arrivals: [[100, 15], [30, 15]] }, flags: ['DUPLICATE'],
  }),
  P({
    name: '锌冶炼渣资源化利用项目', investor: 'xinyuan', chain: 'mzv', unit: 'huayuan', stage: 'LANDED', amount: 30000, land: 90, source: '定点招商', role: 'FILL',
    timeline: { signed: 600, landed: 520, arrivals: [[500, 8]] },
    terminated: { daysAgo: 45, reason: '企业资金链断裂，取得土地后长期未开工，已依法收回国有建设用地使用权' },
  }),

  // ─── 开工 ───────────────────────────────────────────────────────────────────────────
  P({
    name: '中钒联钒电池储能材料项目', investor: 'zfl', chain: 'mzv', unit: 'huayuan-park', stage: 'STARTED', amount: 200000, land: 450, source: '定点招商', role: 'BUILD',
    timeline: { signed: 520, landed: 470, started: 380, arrivals: [[500, 10], [420, 15], [250, 10], [60, 12]] },
  }),
  P({ name: '新能凤凰绿色甲醇及氢能综合利用项目', investor: 'xnfh', chain: 'energy', unit: 'huayuan', stage: 'STARTED', amount: 150000, land: 400, source: '以商招商', role: 'BUILD' }),
  P({ name: '5G+工业互联网智能制造示范工厂', investor: 'xjsz', chain: 'e5g', unit: 'luxi-park', stage: 'STARTED', amount: 40000, land: 80, source: '领导招商', role: 'BUILD' }),
  P({ name: '馥郁香型白酒技改扩能项目', investor: 'youshui', chain: 'baijiu', unit: 'baojing', stage: 'STARTED', amount: 30000, land: 70, source: '以商招商', role: 'STRENGTHEN' }),
  P({ name: '保靖黄金茶产业园项目', investor: 'xiangming', chain: 'food', unit: 'baojing', stage: 'STARTED', amount: 20000, land: 65, source: '领导招商', role: 'BUILD' }),
  P({ name: '生物医药中间体项目', investor: 'huahai', chain: 'bio', unit: 'luxi-park', stage: 'STARTED', amount: 28000, land: 75, source: '资本招商', role: 'FILL' }),
  P({ name: '新能源汽车零部件精密铸造项目', investor: 'hongzhu', chain: 'equip', unit: 'huayuan-park', stage: 'STARTED', amount: 35000, land: 100, source: '以商招商', role: 'EXTEND' }),
  P({ name: '锰锌钒铝深加工新材料产业园项目', investor: 'wuyue', chain: 'mzv', unit: 'huayuan', stage: 'STARTED', amount: 100000, land: 300, source: '领导招商', role: 'BUILD' }),
  P({ name: '智慧农机装备制造项目', investor: 'nongyou', chain: 'equip', unit: 'baojing', stage: 'STARTED', amount: 12000, land: 40, source: '敲门招商', role: 'FILL' }),
  P({ name: '光伏逆变器及储能变流器项目', investor: 'nineng', chain: 'energy', unit: 'luxi-park', stage: 'STARTED', amount: 22000, lease: 16000, source: '展会招商', role: 'FILL' }),
  P({ name: '中药材提取及饮片加工项目', investor: 'xiangyao', chain: 'bio', unit: 'luxi', stage: 'STARTED', amount: 8000, land: 25, source: '其他', role: 'EXTEND' }),
  P({
    name: '电子元器件（电感磁芯）项目', investor: 'cigu', chain: 'e5g', unit: 'huayuan-park', stage: 'STARTED', amount: 24000, land: 60, source: '小分队招商', role: 'FILL',
    timeline: { signed: 600, landed: 520, started: 420, arrivals: [[580, 20], [400, 20]] }, flags: ['STALLED'],
  }),
  P({
    name: '锌锭深加工及镀锌板项目', investor: 'huaxin', chain: 'mzv', unit: 'huayuan', stage: 'STARTED', amount: 45000, land: 130, source: '定点招商', role: 'EXTEND',
    timeline: { signed: 900, landed: 820, started: 600, arrivals: [[850, 15], [700, 10], [560, 10]] }, flags: ['STALLED'],
  }),
  P({
    name: '白酒智能酿造装备项目', investor: 'niangji', chain: 'equip', unit: 'luxi', stage: 'STARTED', amount: 18000, land: 45, source: '以商招商', role: 'FILL',
    timeline: { signed: 330, landed: 250, started: 150, arrivals: [[300, 10], [140, 10]] }, flags: ['LOW_CAPITAL'],
  }),

  // ─── 投产 ───────────────────────────────────────────────────────────────────────────
  P({ name: '酒鬼酒馥郁香型白酒扩产项目', investor: 'jgj', chain: 'baijiu', unit: 'luxi', stage: 'OPERATING', amount: 150000, land: 320, source: '领导招商', role: 'STRENGTHEN' }),
  P({
    name: '今缘春酒业馥郁香型白酒酿造项目', investor: 'jyc', chain: 'baijiu', unit: 'baojing', stage: 'OPERATING', amount: 30000, land: 80, source: '以商招商', role: 'BUILD',
    timeline: { signed: 900, landed: 840, started: 780, operating: 420, arrivals: [[870, 30], [760, 30], [600, 25]] },
  }),
  P({ name: '电子信息产业园一期（手机摄像模组）项目', investor: 'guangying', chain: 'e5g', unit: 'luxi-park', stage: 'OPERATING', amount: 60000, lease: 30000, source: '小分队招商', role: 'BUILD' }),
  P({ name: '电解锰渣无害化处理及综合利用项目', investor: 'xiangzha', chain: 'mzv', unit: 'huayuan', stage: 'OPERATING', amount: 25000, land: 60, source: '定点招商', role: 'FILL' }),
  P({ name: '湘西茶油精深加工项目', investor: 'youchayuan', chain: 'food', unit: 'baojing', stage: 'OPERATING', amount: 10000, land: 30, source: '以商招商', role: 'EXTEND' }),
  P({ name: '户用储能电池组装项目', investor: 'chuyuan', chain: 'energy', unit: 'huayuan-park', stage: 'OPERATING', amount: 40000, lease: 20000, source: '资本招商', role: 'EXTEND' }),
  P({ name: '天然杜仲精胶提取项目', investor: 'duzhongyuan', chain: 'bio', unit: 'baojing', stage: 'OPERATING', amount: 18000, land: 40, source: '定点招商', role: 'BUILD' }),
  P({ name: '矿山机械配件铸造项目', investor: 'zhuyou', chain: 'equip', unit: 'huayuan', stage: 'OPERATING', amount: 12000, land: 35, source: '敲门招商', role: 'FILL' }),
  P({ name: '泸溪高新区铝材深加工项目', investor: 'folv', chain: 'mzv', unit: 'luxi-park', stage: 'OPERATING', amount: 50000, land: 120, source: '以商招商', role: 'EXTEND' }),
  P({
    name: '农机具及钢结构件制造项目', investor: 'gangou', chain: 'equip', unit: 'baojing', stage: 'OPERATING', amount: 22500, land: 150, source: '其他', role: 'FILL',
    timeline: { signed: 700, landed: 640, started: 600, operating: 100, arrivals: [[680, 30], [560, 30], [300, 20]] }, flags: ['LOW_LAND_YIELD'],
  }),
];
