import {
  daysBetween,
  type Flag,
  FLAG_LABELS,
  fromCents,
  PROJECT_STATUS_LABELS,
  STAGE_LABELS,
  toCents,
} from '@luodi/domain';
import type { Workbook } from 'exceljs';
import type { LedgerRow } from './ledger-rows.service';
import { addTableSheet, MONEY_FORMAT, type SheetColumn } from './workbook';

const LEVEL_LABELS = { RED: '红灯', YELLOW: '黄灯' } as const;

const money = (
  header: string,
  value: (row: LedgerRow) => number | null,
): SheetColumn<LedgerRow> => ({
  header: `${header}（万元）`,
  width: 18,
  numFmt: MONEY_FORMAT,
  value,
});

/** "红灯 疑似假项目：签约后 132 天未见到位资金", one line per flag. */
export const flagSentence = (flag: Flag) =>
  `${LEVEL_LABELS[flag.level]} ${FLAG_LABELS[flag.kind].zh}：${flag.reason}`;

/** 项目台账: one row per project, the columns a county's ledger keeps. */
export const LEDGER_COLUMNS: SheetColumn<LedgerRow>[] = [
  { header: '项目编号', width: 16, value: (r) => r.project.code },
  { header: '项目名称', width: 30, value: (r) => r.project.name },
  { header: '投资方', width: 26, value: (r) => r.investor.name },
  { header: '投资方统一社会信用代码', width: 22, value: (r) => r.investor.creditCode },
  { header: '项目公司统一社会信用代码', width: 22, value: (r) => r.project.companyCreditCode },
  { header: '所属单位', width: 16, value: (r) => r.orgUnit.name },
  { header: '产业链', width: 20, value: (r) => r.chain.name },
  { header: '阶段', width: 8, value: (r) => STAGE_LABELS[r.project.stage].zh },
  { header: '状态', width: 8, value: (r) => PROJECT_STATUS_LABELS[r.project.status].zh },
  { header: '签约日期', width: 12, value: (r) => r.project.signedOn },
  { header: '落地日期', width: 12, value: (r) => r.project.landedOn },
  { header: '开工日期', width: 12, value: (r) => r.project.startedOn },
  { header: '投产日期', width: 12, value: (r) => r.project.operatingOn },
  money('合同引资额', (r) => r.project.contractedInvestment),
  money('到位资金合计', (r) => r.project.arrivedInvestment),
  money('已核实到位', (r) => r.project.arrivedVerified),
  // Subtracted in integer cents: 0.3 - 0.1 must be 0.2 in the sheet.
  money('未核实到位', (r) =>
    fromCents(toCents(r.project.arrivedInvestment) - toCents(r.project.arrivedVerified)),
  ),
  { header: '包抓领导', width: 10, value: (r) => r.leader?.name ?? null },
  { header: '挂钩专员', width: 10, value: (r) => r.owner.name },
  {
    header: '预警',
    width: 60,
    wrap: true,
    value: (r) => (r.flags.length ? r.flags.map(flagSentence).join('\n') : null),
  },
  // Last, so the columns before it keep their places in sheets people already use.
  {
    header: '投资方标签',
    width: 24,
    value: (r) => (r.investor.tags.length ? r.investor.tags.join('、') : null),
  },
];

export interface FlaggedRow {
  ledger: LedgerRow;
  flag: Flag;
  today: string;
}

/** 预警清单: one row per lit flag, in flaggedProjects' order. */
export const FLAGGED_COLUMNS: SheetColumn<FlaggedRow>[] = [
  { header: '项目编号', width: 16, value: (r) => r.ledger.project.code },
  { header: '项目名称', width: 30, value: (r) => r.ledger.project.name },
  { header: '所属单位', width: 16, value: (r) => r.ledger.orgUnit.name },
  { header: '阶段', width: 8, value: (r) => STAGE_LABELS[r.ledger.project.stage].zh },
  { header: '预警级别', width: 10, value: (r) => LEVEL_LABELS[r.flag.level] },
  { header: '预警类型', width: 14, value: (r) => FLAG_LABELS[r.flag.kind].zh },
  { header: '预警原因', width: 44, wrap: true, value: (r) => r.flag.reason },
  { header: '亮灯日期', width: 12, value: (r) => r.flag.since },
  { header: '已亮灯天数', width: 12, value: (r) => daysBetween(r.flag.since, r.today) },
  { header: '包抓领导', width: 10, value: (r) => r.ledger.leader?.name ?? null },
  { header: '挂钩专员', width: 10, value: (r) => r.ledger.owner.name },
];

export function addLedgerSheet(workbook: Workbook, rows: LedgerRow[]): void {
  addTableSheet(workbook, '项目台账', LEDGER_COLUMNS, rows);
}

export function addFlaggedSheet(workbook: Workbook, rows: FlaggedRow[]): void {
  addTableSheet(workbook, '预警清单', FLAGGED_COLUMNS, rows);
}
