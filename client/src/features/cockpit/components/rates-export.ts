import type { Workbook } from 'exceljs';
import { spreadsheetText } from '@luodi/domain';
import type { RateFieldsFragment } from '../../../gql/graphql';
import type { RateGroup } from '../model/cohort-link';
import type { Period } from '../model/period';
import { saveFile } from '../../../shared/files';

const WAN_FORMAT = '#,##0.00" 万元"';
const RATE_FORMAT = '0.0%';

const SHEETS: { group: RateGroup; name: string; keyHeader: string }[] = [
  { group: 'ORG_UNIT', name: '按县市区', keyHeader: '县市区 / 园区' },
  { group: 'CHAIN', name: '按产业链', keyHeader: '产业链' },
  { group: 'LEADER', name: '按包抓领导', keyHeader: '包抓领导' },
  { group: 'SOURCE_METHOD', name: '按招商方式', keyHeader: '招商方式' },
];

const COLUMNS: {
  header: string;
  width: number;
  value: (row: RateFieldsFragment) => number | null;
  format?: string;
}[] = [
  { header: '签约数', width: 10, value: (row) => row.signedCount },
  { header: '合同引资额', width: 18, value: (row) => row.contractedInvestment, format: WAN_FORMAT },
  { header: '到位资金', width: 18, value: (row) => row.arrivedInvestment, format: WAN_FORMAT },
  { header: '其中已核实', width: 18, value: (row) => row.arrivedVerified, format: WAN_FORMAT },
  { header: '落地率', width: 10, value: (row) => row.landingRate, format: RATE_FORMAT },
  { header: '开工率', width: 10, value: (row) => row.startRate, format: RATE_FORMAT },
  { header: '投产率', width: 10, value: (row) => row.operatingRate, format: RATE_FORMAT },
  { header: '资金到位率', width: 12, value: (row) => row.capitalArrivalRate, format: RATE_FORMAT },
  { header: '履约率', width: 10, value: (row) => row.fulfillmentRate, format: RATE_FORMAT },
];

/**
 * The rates of the cohort as a workbook, one sheet per grouping: Chinese headers, amounts in 万元,
 * the header row and the name column frozen. An empty denominator is written "—", not 0 %.
 */
export async function buildRatesWorkbook(
  rowsByGroup: Record<RateGroup, RateFieldsFragment[]>,
  period: Period,
): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '落地';
  for (const sheet of SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    });
    worksheet.columns = [
      { header: sheet.keyHeader, width: 22 },
      ...COLUMNS.map((column) => ({ header: column.header, width: column.width })),
    ];
    worksheet.getRow(1).font = { bold: true };
    for (const row of rowsByGroup[sheet.group]) {
      const added = worksheet.addRow([
        // An org unit or leader named "=…" stays text in the spreadsheet.
        spreadsheetText(row.label),
        ...COLUMNS.map((column) => column.value(row) ?? '—'),
      ]);
      COLUMNS.forEach((column, index) => {
        const cell = added.getCell(index + 2);
        if (column.format && typeof cell.value === 'number') cell.numFmt = column.format;
        if (cell.value === '—') cell.alignment = { horizontal: 'right' };
      });
      if (row.key === 'TOTAL') added.font = { bold: true };
    }
    worksheet.addRow([]);
    worksheet.addRow([`签约期间：${period.from} 至 ${period.to}；含已终止项目`]);
  }
  return workbook;
}

/** Downloads the rates workbook; exceljs loads only now, not with the page. */
export async function exportRates(
  rowsByGroup: Record<RateGroup, RateFieldsFragment[]>,
  period: Period,
): Promise<void> {
  const buffer = await (await buildRatesWorkbook(rowsByGroup, period)).xlsx.writeBuffer();
  saveFile(
    new Blob([buffer], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    `落地率_${period.from}_${period.to}.xlsx`,
  );
}
