/**
 * Deterministic zip archives: entries sorted by name, every timestamp the same (1980-01-01 00:00,
 * the earliest a zip can say), the same permissions and compression for every file, and no extra
 * fields. The same files give the same bytes, so a package can be rebuilt and compared. readZip reads
 * them back (stored and deflated entries), for the rebuild check and the tests.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** a relative path with forward slashes */
  name: string;
  bytes: Uint8Array;
  /** kept as Unix mode 0755 (else 0644), like bin/claimlens.mjs in git */
  executable?: boolean;
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
const DEFLATE = 8;
const STORE = 0;
/** "made by" Unix (3), spec version 2.0, so the external attributes carry Unix permissions */
const MADE_BY_UNIX = (3 << 8) | 20;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const REGULAR_FILE_0755 = (0o100755 << 16) >>> 0;

/** What a local file header and its central directory entry both say about an entry. */
interface EntryFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/**
 * The run of fields the two headers share, in the same order (APPNOTE 4.3.7 and 4.3.12): version
 * needed, flags, method, time, date, CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(header: Buffer, at: number, e: EntryFields): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(e.method, at + 4);
  header.writeUInt16LE(DOS_TIME_MIDNIGHT, at + 6);
  header.writeUInt16LE(DOS_DATE_1980_01_01, at + 8);
  header.writeUInt32LE(e.crc, at + 10);
  header.writeUInt32LE(e.compressed, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(e.nameLength, at + 22);
}
/** bit 11: names are UTF-8 */
const UTF8_NAMES = 1 << 11;

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { name, bytes, executable } = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.name === name) throw new Error(`zip: ${name} twice`);
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..'))
      throw new Error(`zip: ${name} is not a relative path with forward slashes`);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(bytes, { level: 9 });
    // keep whichever is smaller, as zip tools do
    const method = deflated.length < bytes.length ? DEFLATE : STORE;
    const data = method === DEFLATE ? deflated : Buffer.from(bytes);
    const crc = crc32(bytes);

    const entry: EntryFields = {
      method,
      crc,
      compressed: data.length,
      size: bytes.length,
      nameLength: nameBytes.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(executable ? REGULAR_FILE_0755 : REGULAR_FILE_0644, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a zip (files only; directories are skipped), in archive order, checked against their CRCs. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('zip: no end of central directory');
  const count = buf.readUInt16LE(endAt + 10);
  let at = buf.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const unixMode = buf.readUInt32LE(at + 38) >>> 16;
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const data = buf.subarray(dataAt, dataAt + compressedSize);
    const bytes =
      method === STORE ? Buffer.from(data) : method === DEFLATE ? inflateRawSync(data) : undefined;
    if (!bytes) throw new Error(`zip: ${name} uses compression method ${method}`);
    if (crc32(bytes) !== crc) throw new Error(`zip: ${name} fails its CRC`);
    entries.push(unixMode & 0o111 ? { name, bytes, executable: true } : { name, bytes });
  }
  return entries;
}
