import { wantsColor } from "./ansi";

/** The console as the CLI sees it, so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether `out` is a terminal that gets colours (never a pipe or a file). */
  color?: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  color: wantsColor(process.stdout, process.env),
};

/** Exit codes: 0 ok, 1 findings or an error result, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
