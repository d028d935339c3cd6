import { wantsColor } from "./ansi";

/** The console as the CLI sees it, so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether `out` is a terminal that gets colours (never a pipe or a file). */
  color?: boolean;
}

/** Texts longer than this are written in pieces, never copied whole into one more buffer. */
const PIECE = 1 << 20;

/** Writes a line; a large report (tens of MB of JSON) goes out a piece at a time. */
export function writeLine(stream: Pick<NodeJS.WritableStream, "write">, text: string): void {
  if (text.length <= PIECE) {
    stream.write(`${text}\n`);
    return;
  }
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++; // keep a surrogate pair whole
    stream.write(text.slice(i, end));
    i = end;
  }
  stream.write("\n");
}

export const processIo: CliIo = {
  out: (text) => writeLine(process.stdout, text),
  err: (text) => process.stderr.write(`${text}\n`),
  color: wantsColor(process.stdout, process.env),
};

/**
 * A reader that stops early (`semaforo check … | head`) closes the pipe: the next write fails
 * with EPIPE. That is no error of the planner's: the CLI stops quietly, with the exit code it
 * had. Any other failure of the stream is told in one Spanish line.
 */
export function endQuietlyOnClosedPipe(
  stream: Pick<NodeJS.EventEmitter, "on">,
  exit: (code: number) => void = (code) => process.exit(code),
  err: (text: string) => void = (text) => process.stderr.write(`${text}\n`)
): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      exit(typeof process.exitCode === "number" ? process.exitCode : EXIT_OK);
      return;
    }
    err(`No se pudo escribir la salida (${error.code ?? error.message}).`);
    exit(EXIT_USAGE);
  });
}

/** Exit codes: 0 ok, 1 findings or an error result, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
