import { Workbook, type Worksheet } from 'exceljs';
import { neutraliseFormulaText } from '../../common/spreadsheet-cells';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 万元 with thousands separators and two decimals, as everywhere in the app. */
export const MONEY_FORMAT = '#,##0.00';

export type CellValue = string | number | null;

export interface SheetColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => CellValue;
  /** Number format of the column's cells (money columns). */
  numFmt?: string;
  /** Long texts (flag reasons) wrap inside their cell. */
  wrap?: boolean;
}

/**
 * A sheet with a bold, frozen header row and fixed column widths, one row per item. Dates are
 * written as YYYY-MM-DD text: what the app shows, and what the import reads back unchanged.
 */
export function addTableSheet<Row>(
  workbook: Workbook,
  name: string,
  columns: SheetColumn<Row>[],
  rows: Row[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    key: String(index),
    width: column.width,
    style: {
      ...(column.numFmt ? { numFmt: column.numFmt } : {}),
      ...(column.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
    },
  }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.numFmt = 'General';
  });
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  return sheet;
}

export async function toBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await neutraliseFormulaText(workbook).xlsx.writeBuffer());
}

export function newWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = '落地 Luodi';
  workbook.created = new Date();
  return workbook;
}
