import { constants, type Stats } from "node:fs";
import { open } from "node:fs/promises";

/** Largest input file read whole (Node cannot hold more than 2 GiB in one buffer). */
export const MAX_INPUT_BYTES = 1.5 * 2 ** 30;

/** The path is not a regular file (a FIFO, a device…) or too large; the message is the reason. */
export class NotRegularFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotRegularFileError";
  }
}

/**
 * Reads a regular file whole. The open never blocks (a FIFO without writer would hang a plain
 * open forever) and what was opened is checked before one byte is read: a FIFO, a device such
 * as /dev/zero (endless) or a socket is refused with a Spanish reason. Node's own errors (no
 * such file, no permission) pass through for the caller to word.
 */
export async function readRegularFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFileError(kindOf(info));
    if (info.size > maxBytes) {
      throw new NotRegularFileError(
        `pesa ${Math.round(info.size / 2 ** 20)} MB, más de los ${Math.round(maxBytes / 2 ** 20)} MB que Semáforo lee de un archivo; divídalo en libros más pequeños.`
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return "es una carpeta, no un archivo.";
  if (info.isFIFO())
    return "es una tubería con nombre (FIFO), no un archivo normal: no se lee. Guarde el libro como archivo y vuelva a intentarlo.";
  if (info.isCharacterDevice() || info.isBlockDevice())
    return "es un dispositivo del sistema (por ejemplo, un enlace a /dev/zero), no un archivo normal: no se lee.";
  if (info.isSocket()) return "es un socket, no un archivo normal: no se lee.";
  return "no es un archivo normal: no se lee.";
}
