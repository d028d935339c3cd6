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

/** Exit codes: 0 ok, 1 findings or an error result, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
