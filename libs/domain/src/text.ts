export interface TextRules {
  required?: boolean;
  /** Maximum length in characters (code points, as MySQL utf8mb4 VARCHAR counts them). */
  max: number;
  /** Names the field in messages, e.g. 项目名称. */
  label: string;
}

export interface CleanedText {
  /** The field name passed in, so callers can key their error maps with it. */
  field: string;
  /** Trimmed text with line breaks normalised to \n; null when empty. */
  value: string | null;
  error: string | null;
}

// Control characters other than tab and newline: invisible, and they break exports and logs.
const FORBIDDEN_CONTROL = /(?![\t\n])\p{Cc}/u;
// Lone UTF-16 surrogates cannot be stored in utf8mb4 columns.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Characters that take no space on screen: zero-width space, joiners, word joiner, byte order
// mark, soft hyphen, bidirectional marks, and every control character.
const INVISIBLE =
  /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\p{Cc}]/gu;

/** The text without its invisible characters (zero-width spaces, BOM, controls, bidi marks). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * True when nothing a person could read is left once whitespace and invisible characters are
 * removed: "\u200B\u200B" is as empty as "". Required text anywhere uses this test.
 */
export function isBlankText(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return withoutInvisible(value).trim() === '';
}

/** Trims and checks free text typed by a person; messages are Chinese and name the field. */
export function cleanText(value: unknown, field: string, opts: TextRules): CleanedText {
  const result = (text: string | null, error: string | null) => ({ field, value: text, error });
  if (value === null || value === undefined) value = '';
  if (typeof value !== 'string') return result(null, `${opts.label}必须是文本`);
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (isBlankText(text)) return result(null, opts.required ? `${opts.label}不能为空` : null);
  if (FORBIDDEN_CONTROL.test(text)) return result(null, `${opts.label}含有不允许的控制字符`);
  if (LONE_SURROGATE.test(text)) return result(null, `${opts.label}含有无法识别的字符`);
  if (text === '') return result(null, opts.required ? `${opts.label}不能为空` : null);
  if ([...text].length > opts.max) return result(null, `${opts.label}不能超过 ${opts.max} 个字`);
  return result(text, null);
}

// A spreadsheet reads text starting with these as a formula (or, after a tab or line break, as
// the next cell of a pasted formula): "=HYPERLINK(…)" typed into a project name must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as it may go into a spreadsheet cell: one starting like a formula gets a leading
 * apostrophe, which Excel and WPS show as text and the import takes off again.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The typed text back from a cell spreadsheetText wrote. */
export function fromSpreadsheetText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
