import { paint } from "./ansi";
import { SEVERITY_WORD, type Observation } from "../core/report/observations";

/** A sheet name as Excel writes it in a reference: quoted when it has spaces or symbols. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "archivo:Hoja!Celda" (a group's first range), or the file alone for a file-level row. */
export function locationOf(o: Observation): string {
  if (!o.sheet) return o.file;
  return `${o.file}:${sheetRef(o.sheet)}${o.at ? `!${o.at}` : ""}`;
}

/**
 * One line per group of findings, `archivo:Hoja!Celda  gravedad  regla  mensaje` (the group's
 * first range; the message says how many and where): each line stands alone, so grep, sort and
 * editors that jump to "file:location" work on it.
 */
export function formatLines(observations: readonly Observation[], color = false): string {
  const p = paint(color);
  return observations
    .map((o) => {
      const severity = p.severity(o.severity, SEVERITY_WORD[o.severity].padEnd(11));
      return `${locationOf(o)}  ${severity}  ${o.rule}  ${o.message}`;
    })
    .join("\n");
}
