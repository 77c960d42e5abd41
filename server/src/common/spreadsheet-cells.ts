import { spreadsheetText } from '@luodi/domain';
import type { Workbook } from 'exceljs';

/**
 * Every text cell of every sheet through spreadsheetText just before the file is written: a
 * project name, reason or note that starts like a formula (= + - @, tab, line break) opens as
 * the text it is. Numbers, dates and the app's own formulas are left alone.
 */
export function neutraliseFormulaText(workbook: Workbook): Workbook {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value === 'string') {
          const safe = spreadsheetText(value);
          if (safe !== value) cell.value = safe;
        } else if (value && typeof value === 'object' && 'richText' in value) {
          const [first, ...rest] = value.richText;
          if (first && spreadsheetText(first.text) !== first.text)
            cell.value = { richText: [{ ...first, text: spreadsheetText(first.text) }, ...rest] };
        }
      }),
    ),
  );
  return workbook;
}
