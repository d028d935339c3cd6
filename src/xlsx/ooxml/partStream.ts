import type JSZip from "jszip";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { original } from "./zipWriter";
import { ReadLimitError, type ReadGuard } from "./readGuard";
import { XmlScanner, type XmlHandler } from "./xmlScanner";

/** Largest piece handed to the XML scanner at once, so time and memory are checked often. */
const PIECE = 1 << 16;

/**
 * Streams one zip part through the XML scanner without ever holding the part as one string; the
 * handler caps the texts it keeps. Time, memory and expansion are checked as the data arrives.
 */
export function streamPart(
  file: JSZip.JSZipObject,
  guard: ReadGuard,
  handler: XmlHandler
): Promise<void> {
  const parser = new XmlScanner(handler);
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  return new Promise<void>((resolve, reject) => {
    const helper = rawStream(file);
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      release(helper);
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
          parser.write(text.length <= PIECE ? text : text.slice(i, i + PIECE));
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
        release(helper);
        resolve();
      } catch (error) {
        fail(error);
      }
    });
  });
}

const ignore = () => undefined;

/**
 * Lets go of a finished stream at once. Its listeners would otherwise keep this part's data and
 * the sheet being built reachable until the inflate handle closes on a later event-loop turn —
 * after the next file of a batch has started (a later error is ignored, the read is settled).
 */
function release(stream: NodeJS.ReadableStream & { destroy?: () => unknown }): void {
  stream.removeAllListeners();
  stream.on("error", ignore);
  stream.destroy?.();
}

/**
 * The part's uncompressed bytes as a stream: Node's native inflate over the compressed bytes jszip
 * holds (several times faster than its JavaScript inflate), or jszip's own stream otherwise.
 */
function rawStream(file: JSZip.JSZipObject): NodeJS.ReadableStream & { destroy?: () => unknown } {
  const loaded = original(file);
  if (!loaded) return file.nodeStream("nodebuffer");
  const source = Readable.from(chunks(loaded.compressedContent), { objectMode: false });
  if (loaded.compression.magic === "\x00\x00") return source;
  return source.pipe(createInflateRaw({ chunkSize: PIECE }));
}

function* chunks(data: Uint8Array): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 1 << 16)
    yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(1 << 16, data.length - i));
}
