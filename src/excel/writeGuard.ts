import { parseOwnedRef } from "../core/plan/ownedRef";
import { WorkbookStop, type ApplyOptions } from "../core/port/workbookPort";
import { REQUEST_BUDGET } from "./payload";
import { toChunks, type Run } from "./writeRuns";

/** Loads protection and the target cells' current formulas, in requests under the budget. */
export async function snapshot(
  lookups: Map<string, Excel.Worksheet>,
  targets: string[],
  runs: Run[],
  sync: () => Promise<void>
): Promise<Map<string, unknown>> {
  const protections = targets.map((t) => {
    const p = (lookups.get(t) as Excel.Worksheet).protection;
    p.load("protected");
    return p;
  });
  const reads: { run: Run; cells: Excel.Range }[] = [];
  const chunks = toChunks(runs, REQUEST_BUDGET);
  for (const chunk of chunks.length ? chunks : [[]]) {
    for (const r of chunk) {
      const cells = (lookups.get(r.sheet) as Excel.Worksheet).getRange(r.address);
      cells.load("formulas");
      reads.push({ run: r, cells });
    }
    await sync();
  }
  const locked = targets.filter((_, i) => (protections[i] as Excel.WorksheetProtection).protected);
  if (locked.length > 0) {
    throw new WorkbookStop(
      "protected",
      `La hoja ${locked.map((s) => `«${s}»`).join(", ")} está protegida y Semáforo no puede ` +
        "escribir en ella. Desprotéjala (Revisar › Desproteger hoja), pulse de nuevo el botón y " +
        "vuelva a protegerla después si lo desea.",
      locked
    );
  }
  const before = new Map<string, unknown>();
  for (const { run, cells } of reads) {
    const top = Number(/\d+/.exec(run.address)?.[0]);
    const col = run.address.replace(/\d+.*$/, "");
    cells.formulas.forEach((row, i) => before.set(`${run.sheet}!${col}${top + i}`, row[0]));
  }
  return before;
}

export function checkExpected(before: Map<string, unknown>, options: ApplyOptions) {
  const changed = (options.expected ?? [])
    .filter((e) => String(before.get(`${e.sheet}!${e.address}`) ?? "") !== e.content)
    .map((e) => `${e.sheet}!${e.address}`);
  if (changed.length === 0) return;
  throw new WorkbookStop(
    "changed",
    `${changed.length === 1 ? "Una celda cambió" : `${changed.length} celdas cambiaron`} desde que ` +
      `se preparó la escritura (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? "…" : ""}). ` +
      "No se escribió nada. Pulse de nuevo el botón para preparar la escritura con los datos actuales.",
    changed
  );
}

/** Ranges the old settings list («celdas» row). */
export function ownedIn(rows: unknown[][] | null): string[] {
  const row = rows?.find((r) => String(r[0] ?? "") === "celdas");
  return String(row?.[1] ?? "")
    .split(";")
    .filter((r) => parseOwnedRef(r) !== null);
}
