import { cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import { monthCount } from "./columnMap";
import type { HeaderInfo } from "./headerScan";
import type { MatrixKind } from "./matrix";

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

/** Decides what kind of planning matrix a header opens, or null when it is none of them. */
export function classifyKind(sheet: SheetData, info: HeaderInfo): MatrixKind | null {
  const { single, families, valores, avances, logros } = info.columns;
  const familyMonths = (f: string) => (families[f] ?? []).filter((c) => c !== undefined).length;
  if (familyMonths("RE") >= 6 && familyMonths("SE") >= 6) return "poi-export";

  const hasActivity = single.actividad !== undefined || single.actividadId !== undefined;
  if (hasActivity) {
    if (single.tipoLinea === undefined) {
      const line = findLineColumn(sheet, info);
      if (line !== undefined) single.tipoLinea = line;
    }
    if (single.tipoLinea !== undefined) return "poi-seguimiento";
    const months = monthCount(info.columns);
    if (months >= 3 || single.meta !== undefined || single.cantidadAnual !== undefined) {
      return "poi-programacion";
    }
    return null;
  }
  const hasCode = single.codigo !== undefined || single.objetivoAccion !== undefined;
  if (hasCode && (valores.length > 0 || avances.length > 0)) return "pei-seguimiento";
  const describes = single.indicador !== undefined || single.denominacion !== undefined;
  if (hasCode && describes && (logros.length > 0 || single.unidadMedida !== undefined)) {
    return "pei-matriz";
  }
  return null;
}

/** The small OEI | AEI | Indicador | Unidad | Meta table of a ficha (seed 004). */
export function isAlignmentHeader(info: HeaderInfo): boolean {
  const s = info.columns.single;
  return s.oei !== undefined && s.aei !== undefined && s.actividad === undefined;
}
