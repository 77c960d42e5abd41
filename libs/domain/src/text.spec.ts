import {
  cleanText,
  fromSpreadsheetText,
  isBlankText,
  spreadsheetText,
  withoutInvisible,
} from './text';

const NAME = { required: true, max: 100, label: '项目名称' };
const NOTE = { max: 10, label: '说明' };

describe('cleanText', () => {
  it.each([
    ['trims', '  年产10万吨锰酸锂项目 ', NAME, '年产10万吨锰酸锂项目'],
    ['keeps inner newlines and tabs', '第一行\n\t第二行', NOTE, '第一行\n\t第二行'],
    ['normalises Windows line breaks', '一\r\n二\r三', NOTE, '一\n二\n三'],
    ['accepts exactly the maximum', '一二三四五六七八九十', NOTE, '一二三四五六七八九十'],
    ['counts an emoji as one character', '😀'.repeat(10), NOTE, '😀'.repeat(10)],
  ])('%s', (_, input, opts, expected) => {
    expect(cleanText(input, 'field', opts)).toEqual({
      field: 'field',
      value: expected,
      error: null,
    });
  });

  it.each([
    ['empty and required', '', NAME, '项目名称不能为空'],
    ['blank and required', ' \n\t ', NAME, '项目名称不能为空'],
    ['null and required', null, NAME, '项目名称不能为空'],
    ['undefined and required', undefined, NAME, '项目名称不能为空'],
    ['one character too long', '一二三四五六七八九十十', NOTE, '说明不能超过 10 个字'],
    ['10,000 characters', 'x'.repeat(10_000), NAME, '项目名称不能超过 100 个字'],
    ['a NUL character', '项目\u0000名称', NAME, '项目名称含有不允许的控制字符'],
    ['an escape character', '项目\u001b[31m', NAME, '项目名称含有不允许的控制字符'],
    ['a DEL character', '项目\u007f', NAME, '项目名称含有不允许的控制字符'],
    ['a C1 control', '项目\u0085', NAME, '项目名称含有不允许的控制字符'],
    ['a vertical tab', '项目\u000b名称', NAME, '项目名称含有不允许的控制字符'],
    ['a lone high surrogate', '项目\ud83d', NAME, '项目名称含有无法识别的字符'],
    ['a lone low surrogate', '\ude00项目', NAME, '项目名称含有无法识别的字符'],
    ['a number', 42, NAME, '项目名称必须是文本'],
    ['an object', { toString: () => 'x' }, NAME, '项目名称必须是文本'],
    ['an array', ['项目'], NAME, '项目名称必须是文本'],
  ])('rejects %s', (_, input, opts, error) => {
    expect(cleanText(input, 'name', opts)).toEqual({ field: 'name', value: null, error });
  });

  it.each(['', '   ', null, undefined])('gives null without error for optional %p', (input) => {
    expect(cleanText(input, 'note', NOTE)).toEqual({ field: 'note', value: null, error: null });
  });
});

describe('invisible text', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a zero-width joiner and non-joiner', '\u200C\u200D'],
    ['a byte order mark', '\uFEFF'],
    ['a word joiner', '\u2060 \u2060'],
    ['NUL characters', '\u0000\u0000'],
    ['a mix with spaces', ' \u200B\t\uFEFF\n\u2060 '],
  ])('%s counts as empty', (_, input) => {
    expect(isBlankText(input)).toBe(true);
    expect(cleanText(input, 'name', NAME).error).toBe('项目名称不能为空');
    expect(cleanText(input, 'note', NOTE)).toEqual({ field: 'note', value: null, error: null });
  });

  it('keeps visible text with invisible characters inside', () => {
    expect(isBlankText('项\u200B目')).toBe(false);
    expect(withoutInvisible('项\u200B目\uFEFF')).toBe('项目');
  });

  it('treats null and undefined as blank, other types as not text', () => {
    expect(isBlankText(null)).toBe(true);
    expect(isBlankText(undefined)).toBe(true);
    expect(isBlankText(0)).toBe(false);
  });
});

describe('spreadsheetText', () => {
  it.each(['=1+1', '+86 138', '-5', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","点击")'])(
    'neutralises %p and reads it back',
    (text) => {
      expect(spreadsheetText(text)).toBe(`'${text}`);
      expect(fromSpreadsheetText(spreadsheetText(text))).toBe(text);
    },
  );
  it.each(['锰锌新材料', "'quoted", '1=1', ''])('leaves %p as it is', (text) => {
    expect(spreadsheetText(text)).toBe(text);
    expect(fromSpreadsheetText(text)).toBe(text);
  });
});
