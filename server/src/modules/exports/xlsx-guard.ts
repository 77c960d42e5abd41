import { inflateRawSync } from 'node:zlib';
import { badInput } from '../../common/errors';

/** What an .xlsx may hold before any spreadsheet library reads it. */
export interface XlsxLimits {
  /** Bytes of the file as uploaded. */
  maxFileBytes: number;
  /** Bytes of any one part (a sheet's XML, the shared strings) once decompressed. */
  maxPartBytes: number;
  /** Bytes of all parts together once decompressed. */
  maxTotalBytes: number;
  /** Parts in the archive. */
  maxParts: number;
  /** Rows holding a value, on any one sheet (the header included). */
  maxRows: number;
}

interface ZipPart {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const notXlsx = () => badInput({ file: '文件不是有效的 Excel（.xlsx）文件' });
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The archive's parts, from its central directory; nothing is decompressed. */
export function zipParts(file: Buffer, maxParts: number): ZipPart[] {
  const searchFrom = Math.max(0, file.length - 22 - 0xffff);
  let end = -1;
  for (let i = file.length - 22; i >= searchFrom; i--) {
    if (file.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notXlsx();
  const count = file.readUInt16LE(end + 10);
  const directoryOffset = file.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw badInput({ file: '文件结构不受支持（ZIP64），请用 Excel 另存为 .xlsx 后再导入' });
  if (count > maxParts) throw badInput({ file: `文件包含的部件过多（${count} 个）` });
  const parts: ZipPart[] = [];
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw notXlsx();
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    parts.push({
      flags: file.readUInt16LE(at + 8),
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      declaredSize: file.readUInt32LE(at + 24),
      localOffset: file.readUInt32LE(at + 42),
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** One part decompressed, never past `cap` bytes: a bomb stops at the cap, not at its size. */
function inflatePart(file: Buffer, part: ZipPart, cap: number, tooLarge: () => Error): Buffer {
  const at = part.localOffset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL) throw notXlsx();
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  const data = file.subarray(start, start + part.compressedSize);
  if (data.length !== part.compressedSize) throw notXlsx();
  if (part.method === 0) {
    if (data.length > cap) throw tooLarge();
    return data;
  }
  if (part.method !== 8) throw notXlsx();
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw tooLarge();
    throw notXlsx();
  }
}

/** Rows of a sheet's XML that hold a value, a formula or inline text. */
export function rowsWithValues(xml: string, stopAfter: number): number {
  let rows = 0;
  const row = /<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
  for (let match = row.exec(xml); match; match = row.exec(xml)) {
    if (match[1] && /<(?:v|is|f)\b/.test(match[1]) && ++rows > stopAfter) break;
  }
  return rows;
}

/**
 * Checks an uploaded .xlsx before exceljs sees it: its size, each part's size once
 * decompressed (a bomb of a few hundred KB that inflates to gigabytes stops at the cap), all
 * parts together, and the rows of every sheet. Refusals are BAD_USER_INPUT on `file`.
 */
export function guardXlsx(file: Buffer, limits: XlsxLimits): void {
  if (file.length > limits.maxFileBytes)
    throw badInput({ file: `文件不能超过 ${mb(limits.maxFileBytes)}` });
  const parts = zipParts(file, limits.maxParts);
  const tooLarge = () =>
    badInput({
      file: `文件解压后过大（单个部件超过 ${mb(limits.maxPartBytes)}），一次最多导入 ${limits.maxRows - 1} 行`,
    });
  let total = 0;
  for (const part of parts) {
    if (part.flags & 1) throw badInput({ file: '文件已加密，请去掉密码后再导入' });
    if (part.declaredSize > limits.maxPartBytes) throw tooLarge();
    const bytes = inflatePart(file, part, limits.maxPartBytes, tooLarge);
    total += bytes.length;
    if (total > limits.maxTotalBytes)
      throw badInput({ file: `文件解压后过大（超过 ${mb(limits.maxTotalBytes)}）` });
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(part.name)) {
      if (rowsWithValues(bytes.toString('utf8'), limits.maxRows) > limits.maxRows)
        throw badInput({ file: `一次最多导入 ${limits.maxRows - 1} 行` });
    }
  }
}
