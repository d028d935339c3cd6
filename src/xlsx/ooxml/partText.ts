import type JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { groupDigits, ReadLimitError } from "./readGuard";
import { original } from "./zipWriter";

/**
 * Largest part (uncompressed) the package editor holds as one text to edit it. Real worksheets
 * of planners stay far below it (a 20 000-activity POI export is about 20 MB); a zip bomb or a
 * crafted part stops here with a Spanish reason instead of taking the process down.
 */
export const MAX_EDITED_PART_BYTES = 64 * 2 ** 20;

/**
 * Largest worksheet the package editor streams through (it never holds it whole): as much as
 * `check` reads of one part (DEFAULT_LIMITS.maxPartBytes).
 */
export const MAX_STREAMED_PART_BYTES = 1.5 * 2 ** 30;

/**
 * Largest workbook-level part (workbook.xml, its relationships, content types, styles) `check`
 * reads whole: well below what one string can hold, so a bomb there gets a Spanish reason too.
 */
export const MAX_READ_PART_BYTES = 256 * 2 ** 20;

/** The part is larger than the editor holds; the message is the Spanish reason. */
export function partTooLarge(path: string, limit: number): ReadLimitError {
  return new ReadLimitError(
    `su parte «${path}» se descomprime en más de ${groupDigits(Math.round(limit / 2 ** 20))} MB, más de lo que Semáforo lee o edita de una parte (¿archivo comprimido malicioso o libro demasiado grande?); divídalo en libros más pequeños.`
  );
}

/**
 * The text of one zip part, never inflating more than `limit` bytes: the size the zip declares
 * is checked first, and the inflation itself stops at the limit (a declared size can lie).
 */
export async function boundedPartText(
  file: JSZip.JSZipObject,
  path: string,
  limit: number = MAX_EDITED_PART_BYTES
): Promise<string> {
  const loaded = original(file);
  if (!loaded) {
    // Entries jszip no longer holds compressed were put there by this process (small).
    const text = await file.async("string");
    if (text.length > limit) throw partTooLarge(path, limit);
    return text;
  }
  if (loaded.uncompressedSize > limit) throw partTooLarge(path, limit);
  let bytes: Buffer;
  if (loaded.compression.magic !== "\x08\x00") {
    if (loaded.compressedContent.length > limit) throw partTooLarge(path, limit);
    bytes = Buffer.from(loaded.compressedContent);
  } else {
    try {
      bytes = inflateRawSync(loaded.compressedContent, { maxOutputLength: limit });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw partTooLarge(path, limit);
      throw error;
    }
  }
  return bytes.toString("utf8");
}
