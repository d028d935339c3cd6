import type { SheetReport } from "../check/checkSheets";

/** The JSON document `semaforo check --json` prints (part of the CLI contract). */
export interface FileReport {
  file: string;
  format?: string;
  notice?: string;
  /** What was cut to keep reading bounded (e.g. a text longer than Excel allows in a cell). */
  warnings?: string[];
  /** Set when the file could not be read; sheets is then empty. */
  error?: string;
  sheets: SheetReport[];
}

export interface CheckReport {
  files: FileReport[];
  totals: { errors: number; warnings: number; infos: number; unreadable: number };
}
