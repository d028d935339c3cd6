import { readAcumulacion } from "../calc/acumular";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import { isPlanError } from "../errors";
import { readCell, readText, type CellRead } from "../measure/cellRead";
import type { AoLinesItem } from "../measure/item";
import { classify } from "../scales/scale";
import { MONTH_NAMES } from "../text/months";
import type { SheetData } from "../sheet/sheetData";
import type { Measured, MeasureOptions } from "./kind";
import { ejecucionCalc } from "./poiCalc";

/** The AO column of a seguimiento report: the activity, its id, else the first column. */
export function seguimientoAoColumn(m: DetectedMatrix): number {
  const s = m.header.columns.single;
  return s.actividad ?? s.actividadId ?? m.header.left;
}

/**
 * Measures a POI seguimiento report once: each AO's PROGRAMADO and EJECUTADO lines, its tipo de
 * acumulación and its % ejecución, EJECUCION(programado, ejecutado, acumulación).
 */
export function measurePoiSeguimiento(
  sheet: SheetData,
  m: DetectedMatrix,
  options: MeasureOptions
): Measured {
  const s = m.header.columns.single;
  const aoCol = seguimientoAoColumn(m);
  const reads: CellRead[] = [];
  const groups = new Map<
    string,
    {
      first: MatrixRow;
      lines: Partial<Record<"programado" | "ejecutado", number>>;
      item: AoLinesItem;
    }
  >();
  for (const r of m.rows) {
    if ((r.role !== "programado" && r.role !== "ejecutado") || !r.aoKey) continue;
    let g = groups.get(r.aoKey);
    if (!g) {
      const item: AoLinesItem = {
        type: "ao-lineas",
        code: r.aoKey,
        row: r.row,
        first: r.row,
        role: "ao",
        cell: readText(sheet, r.row, aoCol)?.address ?? "",
        codeCell: readText(sheet, r.row, aoCol) as NonNullable<ReturnType<typeof readText>>,
        duplicates: [],
        prog: [],
        exec: [],
        acumulacion: readText(sheet, r.row, s.tipoAcumulacion),
        mode: null,
        value: null,
        raw: null,
        level: "",
        reported: true,
      };
      g = { first: r, lines: {}, item };
      groups.set(r.aoKey, g);
    }
    const seen = g.lines[r.role];
    const line = r.role === "programado" ? "PROGRAMADO" : "EJECUTADO";
    if (seen !== undefined) g.item.duplicates.push({ row: r.row, line, other: seen });
    else g.lines[r.role] = r.row;
  }
  const items: AoLinesItem[] = [];
  for (const { lines, item } of groups.values()) {
    const label = item.code.slice(0, 40);
    const readLine = (row: number | undefined, what: string) =>
      row === undefined
        ? []
        : m.header.columns.months.map((c, i) => {
            const read = readCell(sheet, row, c, `${what} de ${MONTH_NAMES[i]} (${label})`);
            if (read) reads.push(read);
            return read;
          });
    item.programado = lines.programado;
    item.ejecutado = lines.ejecutado;
    item.prog = readLine(lines.programado, "Programado");
    item.exec = readLine(lines.ejecutado, "Ejecutado");
    item.row = lines.ejecutado ?? item.first;
    const mode = readAcumulacion(item.acumulacion?.text || null);
    item.mode = isPlanError(mode) ? null : mode;
    if (item.mode && lines.programado !== undefined && lines.ejecutado !== undefined) {
      const e = ejecucionCalc(item.prog, item.exec, item.mode, options.tope ?? false);
      item.calc = e.calc;
      item.value = e.value;
      item.raw = e.raw;
    }
    item.level = classify(item.value, options.scale);
    items.push(item);
  }
  return { items, reads };
}
