import { crc32, createDeflateRaw } from 'node:zlib';

interface Entry {
  name: string;
  /** Raw DEFLATE data and what it inflates to. */
  data: Buffer;
  size: number;
  crc: number;
}

/** Deflates text produced piece by piece, never holding the whole of it. */
async function deflateStream(pieces: Iterable<string>): Promise<Omit<Entry, 'name'>> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, 'utf8');
    size += bytes.length;
    crc = crc32(bytes, crc);
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip of the given entries (DEFLATE, no data descriptors), as an .xlsx file is. */
function zip(entries: Entry[], lie = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    // A lying archive claims a small size: only a capped inflate finds out.
    const declared = lie ? Math.min(entry.size, 1000) : entry.size;
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="项目导入" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

async function workbookWithSheet(sheet: Iterable<string>, lie = false): Promise<Buffer> {
  const entries: Entry[] = [];
  for (const [name, text] of Object.entries(WORKBOOK_PARTS))
    entries.push({ name, ...(await deflateStream([text])) });
  entries.push({ name: 'xl/worksheets/sheet1.xml', ...(await deflateStream(sheet)) });
  return zip(entries, lie);
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/**
 * The zip bomb: a sheet whose XML inflates to `megabytes` MB (one cell of a huge run of
 * spaces), a few hundred KB on disk for 400 MB. With `lie`, its headers claim 1,000 bytes.
 */
export function zipBomb(megabytes: number, lie = false): Promise<Buffer> {
  function* pieces() {
    yield `${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>`;
    const chunk = ' '.repeat(1024 * 1024);
    for (let i = 0; i < megabytes; i++) yield chunk;
    yield `</t></is></c></row>${SHEET_END}`;
  }
  return workbookWithSheet(pieces(), lie);
}

/** The row bomb: `rows` rows with one short value each (1,000,000 rows are a few MB zipped). */
export function rowBomb(rows: number): Promise<Buffer> {
  function* pieces() {
    yield SHEET_START;
    let batch = '';
    for (let r = 1; r <= rows; r++) {
      batch += `<row r="${r}"><c><v>${r}</v></c></row>`;
      if (batch.length > 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    yield batch + SHEET_END;
  }
  return workbookWithSheet(pieces());
}
