import type JSZip from "jszip";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { SaxesParser } from "saxes";
import { original } from "./zipWriter";
import { ReadLimitError, type ReadGuard } from "./readGuard";

/** Largest piece handed to the XML parser at once, so a text node's growth is checked often. */
const PIECE = 1 << 16;

/** The parser's pending text buffer (a private field of saxes; read to bound one text node). */
type WithText = { text: string };

/**
 * Streams one zip part through a saxes parser without ever holding the part as one string.
 * `setup` registers the handlers; a text node longer than the cell limit is cut (reported through
 * `onCut`), and time, memory and expansion are checked as the data arrives.
 */
export function streamPart(
  file: JSZip.JSZipObject,
  guard: ReadGuard,
  setup: (parser: SaxesParser) => void,
  onCut: () => void
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  setup(parser);
  const decoder = new TextDecoder("utf-8");
  const cap = guard.limits.maxCellText;
  let bytes = 0;
  return new Promise<void>((resolve, reject) => {
    const helper = rawStream(file);
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      helper.pause();
      helper.removeAllListeners("data");
      reject(error);
    };
    helper.on("data", (chunk: Uint8Array) => {
      if (failed) return;
      try {
        bytes += chunk.length;
        if (bytes > guard.limits.maxPartBytes) {
          throw new ReadLimitError(
            "una de sus partes se descomprime en más de lo razonable (¿archivo comprimido malicioso?)."
          );
        }
        const text = decoder.decode(chunk, { stream: true });
        for (let i = 0; i < text.length; i += PIECE) {
          parser.write(text.slice(i, i + PIECE));
          const pending = parser as unknown as WithText;
          if (pending.text.length > cap) {
            pending.text = pending.text.slice(0, cap);
            onCut();
          }
          guard.check();
        }
      } catch (error) {
        fail(error);
      }
    });
    helper.on("error", fail);
    helper.on("end", () => {
      if (failed) return;
      try {
        parser.write(decoder.decode());
        parser.close();
        resolve();
      } catch (error) {
        fail(error);
      }
    });
  });
}

/**
 * The part's uncompressed bytes as a stream: Node's native inflate over the compressed bytes jszip
 * holds (several times faster than its JavaScript inflate), or jszip's own stream otherwise.
 */
function rawStream(file: JSZip.JSZipObject): NodeJS.ReadableStream & { pause(): unknown } {
  const loaded = original(file);
  if (!loaded) return file.nodeStream("nodebuffer");
  const source = Readable.from(chunks(loaded.compressedContent), { objectMode: false });
  if (loaded.compression.magic === "\x00\x00") return source;
  return source.pipe(createInflateRaw());
}

function* chunks(data: Uint8Array): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 1 << 16)
    yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(1 << 16, data.length - i));
}

/** Element name without its namespace prefix ("x:row" → "row"). */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);
