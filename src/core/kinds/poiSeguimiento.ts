import { parseCode } from "../codes/codes";
import type { HeaderInfo } from "../detect/headerScan";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import type { KindDef } from "./kind";
import { fixedResult } from "./kindColumns";
import { measurePoiSeguimiento, seguimientoAoColumn } from "./poiSeguimientoMeasure";

const LINE_WORDS = new Set(["programado", "ejecutado", "programada", "ejecutada", "prog", "ejec"]);

/** The column holding PROGRAMADO / EJECUTADO in the first rows under a header, or undefined. */
export function findLineColumn(sheet: SheetData, info: HeaderInfo): number | undefined {
  for (let r = info.bottom + 1; r <= info.bottom + 12 && r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (LINE_WORDS.has(foldText(cellText(row[c])))) return c;
    }
  }
  return undefined;
}

/** The identity of an AO in a seguimiento report: its code before " - ", else its name. */
export function aoKeyOf(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const m = /^([A-Z0-9.]{6,20})\s*[-–]\s/.exec(t);
  return (m ? (m[1] as string) : t).toUpperCase();
}

/**
 * The Aplicativo's POI seguimiento report: per AO a PROGRAMADO and an EJECUTADO
 * line with monthly values; the line column may have no header, so it is found in the body.
 */
export const poiSeguimiento: KindDef = {
  id: "poi-seguimiento",
  label: "Seguimiento POI",
  family: "poi",
  yields: ["ao-lineas"],
  summaryBy: "unidad",
  codeColumn: seguimientoAoColumn,
  monthlyLine: "PROGRAMADO",
  recognise(sheet, info) {
    const { single } = info.columns;
    if (single.actividad === undefined && single.actividadId === undefined) return null;
    const line = single.tipoLinea ?? findLineColumn(sheet, info);
    if (line === undefined) return null;
    // A copy: the header's own map stays as read.
    return { ...info.columns, single: { ...single, tipoLinea: line } };
  },
  columns: (c) => [
    {
      col: c.single.actividad ?? c.single.actividadId,
      need: "Actividad operativa",
      present: c.single.actividad !== undefined || c.single.actividadId !== undefined,
    },
    { col: c.single.tipoLinea, need: "Líneas PROGRAMADO / EJECUTADO" },
    { col: c.single.tipoAcumulacion },
    { col: c.months[0] },
  ],
  roleOf(m, sheet, row, ctx, first) {
    const s = m.header.columns.single;
    const line =
      s.tipoLinea !== undefined ? foldText(cellText(cellAt(sheet, row, s.tipoLinea))) : "";
    const activity = cellText(cellAt(sheet, row, seguimientoAoColumn(m)));
    const code = activity ? parseCode(activity) : null;
    if (line.startsWith("prog") || line.startsWith("ejec")) {
      // The AO cell is often merged or left blank on the second line of the pair.
      const key = activity ? aoKeyOf(activity) : ctx.lastAoKey;
      ctx.lastAoKey = key;
      return {
        row,
        role: line.startsWith("prog") ? "programado" : "ejecutado",
        aoKey: key,
        label: activity || key,
        code: code ?? undefined,
      };
    }
    if (code && (code.kind === "AEI" || code.kind === "OEI"))
      return { row, role: "section", code, label: activity };
    return { row, role: activity ? "section" : "continuation", label: first };
  },
  measure: measurePoiSeguimiento,
  result: fixedResult("% Ejecución calculada"),
};
