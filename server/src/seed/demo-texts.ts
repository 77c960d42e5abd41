import type { ActivityKind, FlagKind } from '@luodi/domain';
import type { ChainKey } from './demo-catalogue';

/**
 * Follow-up notes of the demo projects. Placeholders: {inv} investor's short name, {city} its
 * city, {unit} the org unit, {chain} the chain, {leader} the leader, {owner} the staff member,
 * {amount} the contracted investment, {other} the org unit of a duplicate's earlier signing.
 */

/** While negotiating: the first contact. */
export const FIRST_CONTACT: { kind: ActivityKind; text: string }[] = [
  {
    kind: 'VISIT',
    text: '{owner}赴{city}走访{inv}，介绍{unit}产业基础和招商政策，对方表示有意在湘西布局{chain}项目，建立项目线索。',
  },
  {
    kind: 'MEETING',
    text: '{inv}一行来{unit}考察交流，双方就{chain}产业合作进行初步洽谈，建立一对一挂钩联系机制。',
  },
  {
    kind: 'VISIT',
    text: '以商招商：经园区已落地企业引荐，{owner}拜访{inv}负责人，了解其扩产和异地布局计划。',
  },
  {
    kind: 'MEETING',
    text: '在{city}举办的湘西市招商推介会上与{inv}接洽，对方对{unit}资源禀赋和要素成本较感兴趣。',
  },
];

/** While negotiating: the follow-ups between the first contact and the signing, in the order talks go. */
export const NEGOTIATING_NOTES: { kind: ActivityKind; text: string }[] = [
  { kind: 'CALL', text: '电话跟进{inv}投资部，对方正在内部论证项目可研，预计近期反馈投资方案。' },
  {
    kind: 'OTHER',
    text: '向{inv}寄送《{unit}招商引资优惠政策汇编》及拟选地块资料，协助开展项目前期咨询。',
  },
  {
    kind: 'CALL',
    text: '与{inv}项目负责人电话沟通，对方关注电价、物流成本和用工保障，已整理政策清单发送对方。',
  },
  { kind: 'VISIT', text: '上门拜访{inv}分管投资的副总经理，沟通用地规模、厂房需求和建设周期。' },
  {
    kind: 'CALL',
    text: '电话回访{inv}，确认下次实地考察时间，约定提供拟选址地块的规划条件和红线图。',
  },
  {
    kind: 'SITE_INSPECTION',
    text: '{inv}考察团到{unit}实地考察，重点察看{chain}上下游配套企业和原料供应情况。',
  },
  {
    kind: 'SITE_INSPECTION',
    text: '陪同{inv}技术团队实地踏勘拟选地块，现场查看水、电、路、气等基础设施配套情况。',
  },
  {
    kind: 'OTHER',
    text: '协助{inv}开展项目环评、能评预咨询，初步判断项目符合园区产业定位和准入条件。',
  },
  {
    kind: 'MEETING',
    text: '在{unit}召开项目洽谈会，与{inv}就投资规模、建设周期和扶持政策深入洽谈，形成会议纪要。',
  },
  {
    kind: 'MEETING',
    text: '组织自然资源局、发改委、供电公司与{inv}召开要素保障对接会，逐项梳理用地、能评、用电需求。',
  },
  { kind: 'VISIT', text: '再次赴{city}拜访{inv}，就投资协议文本中的供地方式和奖补条款交换意见。' },
  {
    kind: 'MEETING',
    text: '市招商工作专班与{inv}进行第二轮商务谈判，双方就合同主要条款基本达成一致。',
  },
];

/** The last note of a project that has gone quiet (NO_FOLLOW_UP). */
export const GONE_QUIET: { kind: ActivityKind; text: string }[] = [
  { kind: 'CALL', text: '电话联系{inv}，对方表示项目暂缓论证，待集团年度投资计划确定后再议。' },
  { kind: 'CALL', text: '与{inv}沟通项目进展，对方称正在比选其他地区的落地条件，暂无明确答复。' },
];

export const SIGNING_NOTES: string[] = [
  '{inv}项目在湘西市招商引资重点项目集中签约活动上签约，{leader}出席并见证签约，合同引资额{amount}。',
  '{unit}与{inv}正式签订投资合同，合同引资额{amount}，{leader}担任包抓领导，一对一挂钩专员{owner}。',
  '在{city}举行项目签约仪式，{leader}与{inv}负责人共同见证，合同引资额{amount}。',
];

/** After signing, by the stage the project was in on the day of the note. */
export const AFTER_SIGNING_NOTES: Record<
  'SIGNED' | 'LANDED' | 'STARTED' | 'OPERATING',
  { kind: ActivityKind; text: string }[]
> = {
  SIGNED: [
    {
      kind: 'MEETING',
      text: '召开项目推进会，明确项目公司注册、土地报批和规划设计的时间节点，责任落实到人。',
    },
    { kind: 'VISIT', text: '走访{inv}，对接项目公司注册登记和首期资金到位计划。' },
    { kind: 'OTHER', text: '协助{inv}办理项目备案和项目公司工商注册，“一件事一次办”专人代办。' },
  ],
  LANDED: [
    {
      kind: 'SITE_INSPECTION',
      text: '到项目地块现场查看场地平整和临时用电接入情况，督促施工单位尽快进场。',
    },
    {
      kind: 'MEETING',
      text: '{leader}召开项目调度会，协调住建局、自然资源局加快办理规划许可和施工许可。',
    },
    { kind: 'VISIT', text: '走访项目公司，了解设备采购和施工图设计进展，提醒按合同约定时间开工。' },
  ],
  STARTED: [
    { kind: 'SITE_INSPECTION', text: '到项目现场查看主体厂房建设进度，钢结构安装有序推进。' },
    { kind: 'MEETING', text: '{leader}率相关部门到项目现场调度，协调解决施工用电和进场道路问题。' },
    { kind: 'OTHER', text: '协调人社局为项目公司组织专场招聘会，提前储备投产所需技术工人。' },
  ],
  OPERATING: [
    { kind: 'VISIT', text: '投产后回访企业，了解达产达效情况和需要协调解决的困难问题。' },
    {
      kind: 'MEETING',
      text: '组织{inv}与本地配套企业开展产销对接，推动{chain}产业链上下游就地配套。',
    },
    { kind: 'OTHER', text: '协助企业申报省级技术改造和产业链奖补资金。' },
  ],
};

/** What the owner wrote when a flag's problem came to light. */
export const FLAG_NOTES: Partial<Record<FlagKind, { kind: ActivityKind; text: string }>> = {
  FAKE_PROJECT: {
    kind: 'CALL',
    text: '电话催问{inv}资金到位计划，企业称资金仍在筹措，尚无明确时间表，已报包抓领导。',
  },
  STALLED: {
    kind: 'VISIT',
    text: '走访项目公司，项目推进缓慢，企业反映融资审批尚未完成，已提请{leader}协调。',
  },
  IDLE_LAND: {
    kind: 'SITE_INSPECTION',
    text: '实地查看项目用地，地块已完成平整但尚未进场施工，已发出限期开工提醒。',
  },
  LOW_CAPITAL: {
    kind: 'MEETING',
    text: '对照投资合同核对到位资金，实际到位比例偏低，要求企业报送后续资金到位计划。',
  },
  LOW_LAND_YIELD: {
    kind: 'OTHER',
    text: '核查项目用地规模与投资强度，亩均投资低于每亩200万元的准入标准，建议核减用地或追加投资。',
  },
  DUPLICATE: {
    kind: 'OTHER',
    text: '核对市县两级项目库时发现{inv}已在{other}签约同类项目，正在核实是否为同一笔投资重复统计。',
  },
};

/** The notes of the 投产 move: the first output. */
export const FIRST_OUTPUT: Record<ChainKey, string> = {
  baijiu: '新建酿造车间投料生产，首批基酒入库',
  mzv: '首条生产线热试成功，首批产品经检验合格',
  e5g: '生产线调试完成，首批产品下线交付客户',
  food: '生产线试运行正常，首批产品上市销售',
  energy: '首台（套）设备下线，储能及发电单元调试完成',
  bio: '取得生产许可，首批产品下线',
  equip: '首台设备下线并交付用户',
};

/** The note of a 开工 move without a construction permit (fitting out a leased factory). */
export const LEASED_START_NOTE = '租用园区标准厂房，装修改造及设备安装开工，不涉及新建工程施工许可';

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
