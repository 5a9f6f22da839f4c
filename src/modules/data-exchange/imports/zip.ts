// The ZIP container of an .xlsx, read with every size bounded before anything is inflated: a small
// upload must not be able to claim a large amount of memory (a "zip bomb"), and a size the directory
// declares is checked against what the data really inflates to.
import { inflateRawSync } from 'node:zlib';
import { FileRefused, NotXlsx } from './file-refused.js';

export interface ZipLimits {
  /** Entries in the central directory (a workbook has a few dozen). */
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all the entries read from one file may inflate to together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed bytes above which an entry is a bomb, not a spreadsheet (XML packs ~10×). */
  maxRatio: number;
  /** Entries up to this size are not held to the ratio (tiny repetitive parts pack very well). */
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;
/**
 * The 110,300-row file of the import benchmark (inline strings, as ExcelJS streams it) holds an
 * 84 MiB sheet packed 10×; the caps leave twice that. The ratio is Apache POI's default (1 %).
 */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 160 * MiB,
  maxTotalBytes: 200 * MiB,
  maxRatio: 100,
  ratioFloorBytes: MiB,
};

export interface Zip {
  /** The inflated bytes of an entry, or null when the file has no such entry. */
  read(name: string): Buffer | null;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

export function openZip(file: Buffer, limits: ZipLimits = ZIP_LIMITS): Zip {
  let eocd = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 65_557); i--) {
    if (file.readUInt32LE(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotXlsx('no zip directory');
  const count = file.readUInt16LE(eocd + 10);
  if (count > limits.maxEntries) throw new FileRefused('upload_zip_too_many_entries', { max: limits.maxEntries });
  let p = file.readUInt32LE(eocd + 16);
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > file.length || file.readUInt32LE(p) !== SIG_CENTRAL) throw new NotXlsx('bad zip directory');
    const nameLen = file.readUInt16LE(p + 28);
    const name = file.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    // Part names are case-insensitive (OPC): two entries of one name make the file ambiguous.
    const key = name.toLowerCase();
    if (entries.has(key)) throw new FileRefused('upload_zip_duplicate_entry', { part: name.slice(0, 100) });
    entries.set(key, {
      name,
      method: file.readUInt16LE(p + 10),
      compressed: file.readUInt32LE(p + 20),
      size: file.readUInt32LE(p + 24),
      local: file.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + file.readUInt16LE(p + 30) + file.readUInt16LE(p + 32);
  }
  let total = 0;
  const tooLarge = () => new FileRefused('upload_unpacked_too_large', { mb: Math.round(limits.maxTotalBytes / MiB) });
  return {
    read(name) {
      const e = entries.get(name.toLowerCase());
      if (!e) return null;
      // Refused on the sizes the directory declares, before anything is inflated...
      if (e.size > limits.maxEntryBytes || total + e.size > limits.maxTotalBytes) throw tooLarge();
      if (e.local + 30 > file.length || file.readUInt32LE(e.local) !== SIG_LOCAL) throw new NotXlsx('bad zip entry');
      const start = e.local + 30 + file.readUInt16LE(e.local + 26) + file.readUInt16LE(e.local + 28);
      const data = file.subarray(start, start + e.compressed);
      if (e.size > limits.ratioFloorBytes && e.size > data.length * limits.maxRatio) {
        throw new FileRefused('upload_compression_ratio', { part: e.name.slice(0, 100), ratio: limits.maxRatio });
      }
      let out: Buffer;
      if (e.method === 0) out = data;
      else if (e.method === 8) {
        // ...and the inflater stops at the declared size: a directory that lies cannot make it allocate more.
        try {
          out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
        } catch (err) {
          if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
            throw new FileRefused('upload_zip_size_mismatch', { part: e.name.slice(0, 100) });
          throw new NotXlsx('bad deflate data');
        }
      } else throw new NotXlsx(`zip method ${e.method}`);
      if (out.length !== e.size) throw new FileRefused('upload_zip_size_mismatch', { part: e.name.slice(0, 100) });
      total += out.length;
      return out;
    },
  };
}
