import { fromSpreadsheetText } from '@luodi/domain';
import type { Cell } from 'exceljs';

/**
 * A cell as the text a person typed: rich text joined, formulas by their result, and dates
 * (which Excel stores as numbers and exceljs returns at UTC midnight) as YYYY-MM-DD.
 */
export function cellText(cell: Cell): string | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return blankToNull(value.richText.map((part) => part.text).join(''));
    if ('result' in value)
      return value.result === undefined || value.result === null
        ? null
        : primitiveText(value.result as unknown);
    if ('text' in value) return blankToNull(String(value.text));
    return null;
  }
  return primitiveText(value);
}

function primitiveText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return blankToNull(String(value));
}

function blankToNull(text: string): string | null {
  // An exported cell "'=…" (see spreadsheetText) reads back as the text that was typed.
  const trimmed = fromSpreadsheetText(text.trim()).trim();
  return trimmed === '' ? null : trimmed;
}

/** A number cell as it is; text through the app's amount reader ("1,234.5", "1.2亿"). */
export function cellNumber(
  cell: Cell,
  parse: (text: string) => number | null,
): number | null | 'invalid' {
  if (typeof cell.value === 'number') return cell.value;
  const text = cellText(cell);
  if (text === null) return null;
  return parse(text) ?? 'invalid';
}
