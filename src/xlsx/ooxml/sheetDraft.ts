import type JSZip from "jszip";
import { once } from "node:events";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createDeflateRaw, createInflateRaw } from "node:zlib";
import { partTooLarge } from "./partText";
import { findElement } from "./xmlText";
import { pieceTooLarge, SheetScanner, type SheetSink } from "./sheetScanner";
import type { RowEdit } from "./sheetRows";
import { crc32, original, type PreparedEntry } from "./zipWriter";

/** Bounds of a streamed sheet: what it may inflate to, and the longest text held at once. */
export interface DraftLimits {
  /** Uncompressed bytes the part may stream through (as `check` reads it). */
  maxPartBytes: number;
  /** Longest text held as one string: the head, the tail, one row, one unfinished piece. */
  maxHeld: number;
}

/** Output is compressed in pieces of about this many characters. */
const FLUSH = 1 << 20;

/** A part's bytes as they are stored: deflated (8) or stored (0). */
interface Source {
  data: Uint8Array;
  method: 0 | 8;
  size: number;
}

/**
 * A worksheet being edited without ever holding it as one string. Its outline (`skeleton`: the
 * part with an empty `<sheetData>`) is held and edited as text; row edits wait until `commit`,
 * which streams the part once, row by row, from its stored bytes into newly compressed ones.
 */
export class SheetDraft {
  private pending = new Map<number, RowEdit>();
  private outlineChanged = false;
  /** The newly compressed part once committed; null while the original bytes stand. */
  private written: PreparedEntry | null = null;
  /** The longest text held at once by the last pass (for tests of the memory bound). */
  held = 0;

  private constructor(
    readonly path: string,
    private source: Source,
    private outline: string,
    private readonly limits: DraftLimits
  ) {}

  /** Reads the part's outline (one streaming pass that keeps no row). */
  static async open(file: JSZip.JSZipObject, path: string, limits: DraftLimits) {
    const source = await sourceOf(file, path, limits);
    const pieces: string[] = [];
    let length = 0;
    const keep = (text: string) => {
      length += text.length;
      if (length > limits.maxHeld) throw pieceTooLarge(path, limits.maxHeld);
      pieces.push(text);
    };
    const sink: SheetSink = {
      head: keep,
      open: keep,
      row: () => undefined,
      between: () => undefined,
      close: keep,
      tail: keep,
    };
    const draft = new SheetDraft(path, source, "", limits);
    await draft.pass(sink, false);
    draft.outline = pieces.join("");
    return draft;
  }

  /** The part with an empty `<sheetData>`: everything but the rows, as text. */
  get skeleton(): string {
    return this.outline;
  }

  set skeleton(xml: string) {
    if (xml === this.outline) return;
    this.outline = xml;
    this.outlineChanged = true;
  }

  /** Adds row edits (after those already waiting for the same rows). */
  editRows(edits: ReadonlyMap<number, RowEdit>): void {
    if (edits.size === 0) return;
    if (!/<(?:[\w.-]+:)?sheetData[\s/>]/.test(this.outline))
      throw new Error("la hoja no tiene datos (falta sheetData).");
    for (const [row, edit] of edits) {
      const before = this.pending.get(row);
      this.pending.set(row, before ? (xml, r) => edit(before(xml, r), r) : edit);
    }
  }

  /** Whether the part differs from what the package holds. */
  get changed(): boolean {
    return this.written !== null || this.outlineChanged || this.pending.size > 0;
  }

  /** Carries out the waiting edits: the part is streamed once into its new compressed bytes. */
  async commit(): Promise<void> {
    if (this.pending.size === 0 && !this.outlineChanged) return;
    const edits = this.pending;
    const rows = [...edits.keys()].sort((a, b) => a - b);
    const out = new Deflater();
    const data = findElement(this.outline, "sheetData");
    let next = 0;
    const create = (below: number) => {
      for (; next < rows.length && (rows[next] as number) < below; next++) {
        const row = rows[next] as number;
        const created = (edits.get(row) as RowEdit)(null, row);
        if (created) out.push(created);
      }
    };
    const start = data?.start ?? 0;
    const tag = data?.tag ?? "";
    const sink: SheetSink = {
      head: () => undefined,
      open: (_tag, selfClosing) => {
        if (!selfClosing || rows.length === 0) {
          out.push(this.outline.slice(0, start + tag.length));
          if (selfClosing) out.push(this.outline.slice(start + tag.length));
          return;
        }
        // An empty <sheetData/> that gets rows opens and closes again.
        const prefix = /^<([\w.-]+:)?/.exec(tag)?.[1] ?? "";
        out.push(this.outline.slice(0, start), tag.replace(/\s*\/>$/, ">"));
        create(Infinity);
        out.push(`</${prefix}sheetData>`, this.outline.slice(start + tag.length));
      },
      row: (xml, row) => {
        create(row);
        const edit = next < rows.length && rows[next] === row ? edits.get(row) : undefined;
        if (edit) next++;
        const edited = edit ? edit(xml, row) : xml;
        if (edited) out.push(edited);
      },
      between: (text) => out.push(text),
      close: () => {
        create(Infinity);
        out.push(this.outline.slice(start + tag.length));
      },
      tail: () => undefined,
    };
    await this.pass(sink, rows.length > 0, out);
    if (!data) out.push(this.outline);
    this.written = await out.finish();
    this.source = { data: this.written.data, method: 8, size: this.written.size };
    this.pending = new Map();
    this.outlineChanged = false;
  }

  /** The compressed part to store (committing what waits), or null when unchanged. */
  async entry(): Promise<PreparedEntry | null> {
    await this.commit();
    return this.written;
  }

  /** Streams the part through the scanner into `sink`. */
  private async pass(sink: SheetSink, rows: boolean, out?: Deflater): Promise<void> {
    const scanner = new SheetScanner(sink, this.path, this.limits.maxHeld, rows);
    const decoder = new StringDecoder("utf8");
    let bytes = 0;
    for await (const chunk of inflated(this.source)) {
      bytes += chunk.length;
      if (bytes > this.limits.maxPartBytes) throw partTooLarge(this.path, this.limits.maxPartBytes);
      scanner.write(decoder.write(chunk));
      if (out) await out.drain();
    }
    scanner.write(decoder.end());
    scanner.end();
    this.held = Math.max(scanner.held, out?.held ?? 0);
  }
}

async function sourceOf(file: JSZip.JSZipObject, path: string, limits: DraftLimits) {
  const loaded = original(file);
  if (loaded) {
    if (loaded.uncompressedSize > limits.maxPartBytes)
      throw partTooLarge(path, limits.maxPartBytes);
    const method: 0 | 8 = loaded.compression.magic === "\x08\x00" ? 8 : 0;
    return { data: loaded.compressedContent, method, size: loaded.uncompressedSize };
  }
  // A part this process put in the package (small): its bytes, stored.
  const data = await file.async("nodebuffer");
  if (data.length > limits.maxHeld) throw pieceTooLarge(path, limits.maxHeld);
  return { data, method: 0 as const, size: data.length };
}

function inflated(source: Source): AsyncIterable<Buffer> {
  const raw = Readable.from(slices(source.data), { objectMode: false });
  return source.method === 8 ? raw.pipe(createInflateRaw()) : raw;
}

function* slices(data: Uint8Array): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 1 << 16)
    yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(1 << 16, data.length - i));
}

/** Text in, deflated bytes out, with the CRC and size of what went in. */
class Deflater {
  private readonly deflate = createDeflateRaw({ level: 1 });
  private readonly chunks: Buffer[] = [];
  private pieces: string[] = [];
  private length = 0;
  private crc = 0;
  private size = 0;
  held = 0;

  constructor() {
    this.deflate.on("data", (chunk: Buffer) => this.chunks.push(chunk));
  }

  push(...texts: string[]): void {
    for (const text of texts) {
      this.pieces.push(text);
      this.length += text.length;
    }
    if (this.length >= FLUSH) this.flush();
  }

  /** Waits while the compressor catches up. */
  async drain(): Promise<void> {
    if (this.deflate.writableNeedDrain) await once(this.deflate, "drain");
  }

  private flush() {
    if (this.length === 0) return;
    this.held = Math.max(this.held, this.length);
    const bytes = Buffer.from(this.pieces.join(""), "utf8");
    this.pieces = [];
    this.length = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.write(bytes);
  }

  async finish(): Promise<PreparedEntry> {
    this.flush();
    const ended = once(this.deflate, "end");
    this.deflate.end();
    await ended;
    return { data: Buffer.concat(this.chunks), method: 8, crc: this.crc, size: this.size };
  }
}
