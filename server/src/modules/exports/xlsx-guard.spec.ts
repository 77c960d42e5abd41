import { Workbook } from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { guardXlsx, rowsWithValues, type XlsxLimits, zipParts } from './xlsx-guard';

const LIMITS: XlsxLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxPartBytes: 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
  maxParts: 50,
  maxRows: 11,
};

async function workbook(rows: number): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('项目导入');
  sheet.addRow(['项目名称']);
  for (let r = 0; r < rows; r++) sheet.addRow([`项目${r}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const fileError = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { fields: { file: string } } }).extensions.fields.file;
  }
  return null;
};

describe('guardXlsx', () => {
  it('lets a workbook within the limits through', async () => {
    const file = await workbook(10);
    expect(zipParts(file, 50).map((part) => part.name)).toContain('xl/worksheets/sheet1.xml');
    expect(fileError(() => guardXlsx(file, LIMITS))).toBeNull();
  });

  it('refuses too many rows, too large a file and what is not a zip', async () => {
    expect(fileError(() => guardXlsx(Buffer.alloc(100), LIMITS))).toBe(
      '文件不是有效的 Excel（.xlsx）文件',
    );
    expect(fileError(() => guardXlsx(Buffer.alloc(6 * 1024 * 1024), LIMITS))).toMatch(
      /不能超过 5 MB/,
    );
    const file = await workbook(11);
    expect(fileError(() => guardXlsx(file, LIMITS))).toBe('一次最多导入 10 行');
  });

  it('stops inflating a part at the cap even when its headers claim less', async () => {
    const file = await workbook(1);
    const parts = zipParts(file, 50);
    const sheet = parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')!;
    // An archive of one part that inflates to 4 MB while its headers claim 10 bytes.
    const data = deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(10, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(10, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + data.length, 16);
    const bomb = Buffer.concat([local, name, data, central, name, end]);
    expect(sheet.declaredSize).toBeGreaterThan(0);
    expect(fileError(() => guardXlsx(bomb, LIMITS))).toMatch(/解压后过大/);
  });

  it('counts only rows that hold a value', () => {
    const xml =
      '<sheetData><row r="1"><c><v>1</v></c></row><row r="2"/><row r="3"><c s="1"/></row>' +
      '<row r="4"><c t="inlineStr"><is><t>x</t></is></c></row><rows/></sheetData>';
    expect(rowsWithValues(xml, 100)).toBe(2);
  });
});
