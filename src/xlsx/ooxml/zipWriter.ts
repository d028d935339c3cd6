import * as zlib from "node:zlib";
import type JSZip from "jszip";

/** One entry ready to be stored: its bytes as they go in the zip, and what describes them. */
interface StoredEntry {
  name: Buffer;
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  date: Date;
}

/** jszip keeps a loaded entry's compressed bytes here until the entry is read or replaced. */
interface LoadedData {
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  compression: { magic: string };
  compressedContent: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Node's native CRC-32 where it has one (20.15+), else the table. */
const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 of `data`, continuing from the CRC of what came before it (`previous`). */
export function crc32(data: Uint8Array, previous = 0): number {
  if (nativeCrc) return nativeCrc(data, previous) >>> 0;
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++)
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A part already compressed (a streamed sheet): its stored bytes, method, CRC and size. */
export interface PreparedEntry {
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

/**
 * The entry as loaded from the input zip, when jszip still holds its original compressed bytes
 * (an entry never read or replaced): copying them keeps the part byte for byte and costs nothing.
 */
export function original(file: JSZip.JSZipObject): LoadedData | null {
  const data = (file as unknown as { _data?: Partial<LoadedData> })._data;
  if (!data || !(data.compressedContent instanceof Uint8Array) || !data.compression) return null;
  if (data.compression.magic !== "\x08\x00" && data.compression.magic !== "\x00\x00") return null;
  return data as LoadedData;
}

/**
 * Writes a zip: entries jszip loaded and nobody changed are copied compressed as they were; the
 * changed ones (`texts`) are compressed with Node's native zlib, and `prepared` ones (already
 * compressed) are stored as they come. Names are stored as UTF-8.
 */
export async function writeZip(
  zip: JSZip,
  texts: ReadonlyMap<string, string>,
  prepared: ReadonlyMap<string, PreparedEntry> = new Map()
): Promise<Buffer> {
  const entries: StoredEntry[] = [];
  const names = new Set<string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    names.add(path);
    const ready = prepared.get(path);
    if (ready) {
      entries.push({ name: Buffer.from(path, "utf8"), ...ready, date: file.date });
      continue;
    }
    const text = texts.get(path);
    const loaded = text === undefined ? original(file) : null;
    if (loaded) {
      entries.push({
        name: Buffer.from(path, "utf8"),
        data: loaded.compressedContent,
        method: loaded.compression.magic === "\x08\x00" ? 8 : 0,
        crc: loaded.crc32 >>> 0,
        size: loaded.uncompressedSize,
        date: file.date,
      });
      continue;
    }
    const raw = text !== undefined ? Buffer.from(text, "utf8") : await file.async("nodebuffer");
    entries.push(deflated(path, raw, file.date));
  }
  // New parts take the package's own date (its content types' entry), not the clock: the same
  // input then gives the same bytes, run after run.
  const stamp = zip.files["[Content_Types].xml"]?.date ?? new Date();
  for (const [path, text] of texts) {
    if (!names.has(path)) entries.push(deflated(path, Buffer.from(text, "utf8"), stamp));
  }
  return assemble(entries);
}

/** Parts larger than this (bytes) are deflated at the fastest level. */
const FAST_ABOVE = 1 << 20;

function deflated(path: string, raw: Buffer, date: Date): StoredEntry {
  return {
    name: Buffer.from(path, "utf8"),
    // A large part (a summary of 20,000 activities) is compressed fast, as the streamed sheets.
    data: zlib.deflateRawSync(raw, { level: raw.length > FAST_ABOVE ? 1 : 6 }),
    method: 8,
    crc: crc32(raw),
    size: raw.length,
    date,
  };
}

function dosTime(date: Date): [number, number] {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const year = Math.max(1980, date.getFullYear());
  const day = ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return [time, day];
}

function assemble(entries: StoredEntry[]): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const [time, day] = dosTime(e.date);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    chunks.push(local, e.name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(day, 14);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
