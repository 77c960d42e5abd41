/** The fields of one imported row, each the value of one template column. */
export type ImportField =
  | 'name'
  | 'investorName'
  | 'investorCreditCode'
  | 'orgUnit'
  | 'chain'
  | 'chainRole'
  | 'sourceMethod'
  | 'owner'
  | 'plannedInvestment'
  | 'stage'
  | 'signedOn'
  | 'contractNo'
  | 'contractedInvestment'
  | 'leader'
  | 'plannedStartOn'
  | 'plannedOperatingOn'
  | 'investorTags';

export interface ImportColumn {
  field: ImportField;
  header: string;
  required: '是' | '否' | '签约必填';
  width: number;
  explanation: string;
  /** A column later templates added: files made from an older template may leave it out. */
  optional?: true;
}

/**
 * The template's columns, in order. The import finds columns by these headers, so a sheet
 * with its columns moved around still reads; the explanation sheet is written from this too.
 */
export const IMPORT_COLUMNS: ImportColumn[] = [
  { field: 'name', header: '项目名称', required: '是', width: 28, explanation: '不超过 100 个字' },
  {
    field: 'investorName',
    header: '投资方名称',
    required: '是',
    width: 26,
    explanation: '不超过 100 个字；同一信用代码（或无代码时同名）的投资方只建一条记录',
  },
  {
    field: 'investorCreditCode',
    header: '投资方统一社会信用代码',
    required: '否',
    width: 22,
    explanation: '18 位，校验位须正确（GB 32100）；境外投资方可不填',
  },
  {
    field: 'orgUnit',
    header: '所属单位',
    required: '是',
    width: 16,
    explanation: '填写单位全称，须在您的管辖范围内',
  },
  { field: 'chain', header: '产业链', required: '是', width: 20, explanation: '填写产业链名称' },
  {
    field: 'chainRole',
    header: '链上作用',
    required: '否',
    width: 10,
    explanation: '建链、延链、补链或强链',
  },
  {
    field: 'sourceMethod',
    header: '招商方式',
    required: '是',
    width: 12,
    explanation: '从可选值中选一项',
  },
  {
    field: 'owner',
    header: '挂钩专员',
    required: '否',
    width: 12,
    explanation:
      '招商专员的用户名或姓名，须属于该单位或其上级单位；专员导入时不填即为本人，管理员导入时必填',
  },
  {
    field: 'plannedInvestment',
    header: '计划投资额（万元）',
    required: '否',
    width: 16,
    explanation: '单位万元，最多两位小数',
  },
  {
    field: 'stage',
    header: '阶段',
    required: '是',
    width: 8,
    explanation:
      '只能导入「在谈」或「签约」项目；落地及以后的阶段需要逐项上传证据，请导入后在看板上推进',
  },
  {
    field: 'signedOn',
    header: '签约日期',
    required: '签约必填',
    width: 12,
    explanation: '格式 YYYY-MM-DD，不能晚于今天',
  },
  {
    field: 'contractNo',
    header: '合同编号',
    required: '签约必填',
    width: 16,
    explanation: '不超过 64 个字符',
  },
  {
    field: 'contractedInvestment',
    header: '合同引资额（万元）',
    required: '签约必填',
    width: 16,
    explanation: '单位万元，大于 0，最多两位小数',
  },
  {
    field: 'leader',
    header: '包抓领导',
    required: '签约必填',
    width: 12,
    explanation: '领导的用户名或姓名，须属于该单位或其上级单位',
  },
  {
    field: 'plannedStartOn',
    header: '计划开工日期',
    required: '签约必填',
    width: 12,
    explanation: '格式 YYYY-MM-DD，不早于签约日期',
  },
  {
    field: 'plannedOperatingOn',
    header: '计划投产日期',
    required: '签约必填',
    width: 12,
    explanation: '格式 YYYY-MM-DD，不早于计划开工日期',
  },
  {
    field: 'investorTags',
    header: '投资方标签',
    required: '否',
    width: 24,
    explanation: '可填多个，用顿号、逗号或空格分开；填写后替换该投资方原有的标签，不填则保持不变',
    optional: true,
  },
];

export const IMPORT_SHEET = '项目导入';
export const STAGE_VALUES = { 在谈: 'NEGOTIATING', 签约: 'SIGNED' } as const;
/** The most rows one import takes: a county's whole ledger, small enough for one transaction. */
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
