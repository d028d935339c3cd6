import { appendFileSync, createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ConsolidatedRow, UnitObservation } from "../core/consolidate/consolidatedRows";

/** The totals of one unit (or of all), for the summary table and the chart. */
export interface UnitTotals {
  unit: string;
  matrices: number;
  counts: [number, number, number, number];
  errors: number;
  warnings: number;
  infos: number;
}

export function emptyTotals(unit: string): UnitTotals {
  return { unit, matrices: 0, counts: [0, 0, 0, 0], errors: 0, warnings: 0, infos: 0 };
}

export function addToTotals(t: UnitTotals, row: ConsolidatedRow): void {
  t.matrices++;
  row.counts.forEach((n, i) => (t.counts[i as 0 | 1 | 2 | 3] += n));
  t.errors += row.errors;
  t.warnings += row.warnings;
  t.infos += row.infos;
}

/** An unreadable file, listed among the observations. */
export interface UnreadableFile {
  file: string;
  reason: string;
}

export type SpooledObservation = UnitObservation | UnreadableFile;

/**
 * What `consolidar` has read so far, kept on disk (JSON lines in a temporary folder) instead of in
 * memory: the matrix rows and the observation groups of thousands of workbooks. Only the totals
 * per unit (one small record each) stay in memory.
 */
export class ConsolidateSpool {
  readonly dir = mkdtempSync(join(tmpdir(), "semaforo-consolidar-"));
  readonly rowsPath = join(this.dir, "filas.jsonl");
  readonly observationsPath = join(this.dir, "observaciones.jsonl");
  readonly units = new Map<string, UnitTotals>();
  readonly total = emptyTotals("Total");
  rows = 0;
  observations = 0;

  constructor() {
    writeFileSync(this.rowsPath, "");
    writeFileSync(this.observationsPath, "");
  }

  /** Adds one workbook's rows and observation groups (one write each). */
  add(rows: readonly ConsolidatedRow[], observations: readonly SpooledObservation[]): void {
    for (const row of rows) {
      let unit = this.units.get(row.unit);
      if (!unit) this.units.set(row.unit, (unit = emptyTotals(row.unit)));
      addToTotals(unit, row);
      addToTotals(this.total, row);
    }
    if (rows.length)
      appendFileSync(this.rowsPath, rows.map((r) => `${JSON.stringify(r)}\n`).join(""));
    if (observations.length)
      appendFileSync(
        this.observationsPath,
        observations.map((o) => `${JSON.stringify(o)}\n`).join("")
      );
    this.rows += rows.length;
    this.observations += observations.length;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Reads a spooled file back, a line at a time. */
export async function* readSpool<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line !== "") yield JSON.parse(line) as T;
}
