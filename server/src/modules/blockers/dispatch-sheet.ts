import { BLOCKER_STATUS_LABELS, type BlockerStatus } from '@luodi/domain';
import ExcelJS from 'exceljs';
import { neutraliseFormulaText } from '../../common/spreadsheet-cells';
import type { DispatchSummary } from './models/blocker-connection.model';

/** One open blocker as the 调度会 reads it. */
export interface DispatchLine {
  projectCode: string;
  projectName: string;
  orgUnit: string;
  leader: string;
  department: string;
  category: string;
  description: string;
  raisedOn: string;
  dueOn: string;
  ageDays: number;
  overdueDays: number;
  status: BlockerStatus;
}

const OPEN_COLUMNS: { header: string; key: keyof DispatchLine | 'seq'; width: number }[] = [
  { header: '序号', key: 'seq', width: 6 },
  { header: '责任领导', key: 'leader', width: 10 },
  { header: '责任部门', key: 'department', width: 14 },
  { header: '项目编号', key: 'projectCode', width: 15 },
  { header: '项目名称', key: 'projectName', width: 28 },
  { header: '县市区', key: 'orgUnit', width: 16 },
  { header: '问题类别', key: 'category', width: 9 },
  { header: '问题描述', key: 'description', width: 44 },
  { header: '交办日期', key: 'raisedOn', width: 12 },
  { header: '办结时限', key: 'dueOn', width: 12 },
  { header: '已交办天数', key: 'ageDays', width: 11 },
  { header: '逾期天数', key: 'overdueDays', width: 9 },
  { header: '状态', key: 'status', width: 13 },
];

const SUMMARY_COLUMNS = [
  { header: '责任部门', key: 'label', width: 18 },
  { header: '交办数', key: 'raised', width: 9 },
  { header: '已销号', key: 'resolved', width: 9 },
  { header: '销号率', key: 'resolutionRate', width: 9 },
  { header: '未销号', key: 'stillOpen', width: 9 },
  { header: '其中逾期', key: 'overdue', width: 9 },
];

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF5E6E6' },
};
const OVERDUE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC0392B' }, bold: true };

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  // The header stays in view while the meeting scrolls through the sheet.
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The 调度 workbook: every open blocker (overdue first), then the departments' 销号 figures. */
export async function dispatchWorkbook(
  lines: DispatchLine[],
  summary: DispatchSummary,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '落地';
  const open = workbook.addWorksheet('交办问题调度表');
  open.columns = OPEN_COLUMNS;
  styleHeader(open);
  lines.forEach((line, i) => {
    const row = open.addRow({ ...line, seq: i + 1, status: BLOCKER_STATUS_LABELS[line.status].zh });
    row.getCell('description').alignment = { wrapText: true, vertical: 'top' };
    if (line.overdueDays > 0) row.getCell('overdueDays').font = OVERDUE_FONT;
  });

  const departments = workbook.addWorksheet('部门销号情况');
  departments.columns = SUMMARY_COLUMNS;
  styleHeader(departments);
  for (const row of [...summary.rows, summary.total]) {
    const added = departments.addRow({ ...row, resolutionRate: row.resolutionRate });
    added.getCell('resolutionRate').numFmt = '0.0%';
    if (row.key === 'TOTAL') added.font = { bold: true };
  }
  departments.addRow([]);
  departments.addRow([
    `统计期间：${summary.from} 至 ${summary.to}（按交办日期）；销号率 = 已销号 / 交办数，无交办时不计`,
  ]);
  return Buffer.from(await neutraliseFormulaText(workbook).xlsx.writeBuffer());
}
