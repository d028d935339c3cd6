import { readAcumulacion } from "../calc/acumular";
import { ejecucion } from "../calc/ejecucion";
import { looksLikeBrokenAoCode } from "../codes/codes";
import { isPlanError } from "../errors";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import { formatNumber, readNumericCell } from "./cells";
import type { FindingCollector } from "./findings";
import { MONTH_NAMES } from "./months";
import type { MatrixResult, ValidationOptions } from "./types";

interface AoLines {
  key: string;
  first: MatrixRow;
  programado?: MatrixRow;
  ejecutado?: MatrixRow;
}

/** Validates the Aplicativo's POI seguimiento report (PROGRAMADO / EJECUTADO lines per AO). */
export function validatePoiSeguimiento(
  sheet: SheetData,
  m: DetectedMatrix,
  out: FindingCollector,
  opts: ValidationOptions
): MatrixResult[] {
  const s = m.header.columns.single;
  const aoCol = s.actividad ?? s.actividadId ?? m.header.left;
  const monthCols = m.header.columns.months;
  const groups = new Map<string, AoLines>();
  for (const r of m.rows) {
    if ((r.role !== "programado" && r.role !== "ejecutado") || !r.aoKey) continue;
    const g = groups.get(r.aoKey) ?? { key: r.aoKey, first: r };
    groups.set(r.aoKey, g);
    if (g[r.role]) {
      out.error(
        "V12.duplicado",
        a1(r.row, s.tipoLinea ?? aoCol),
        `La AO ${r.aoKey} tiene dos líneas ${r.role.toUpperCase()} (la otra en la fila ${(g[r.role]?.row as number) + 1}).`
      );
    } else g[r.role] = r;
  }
  const results: MatrixResult[] = [];
  for (const g of groups.values()) {
    const cell = a1(g.first.row, aoCol);
    const text = cellText(cellAt(sheet, g.first.row, aoCol));
    if (looksLikeBrokenAoCode(text)) {
      out.warning(
        "V1.codigo",
        cell,
        `El código de la AO «${text.split(" ")[0]}» no tiene la forma AOI + UE (6 dígitos) + correlativo (5 dígitos), p. ej. AOI30071100001.`
      );
    }
    const missing = !g.programado ? "PROGRAMADO" : !g.ejecutado ? "EJECUTADO" : null;
    if (missing)
      out.error(
        "P1.linea-faltante",
        cell,
        `La AO ${g.key.slice(0, 60)} no tiene su línea ${missing}.`
      );
    const acumText =
      s.tipoAcumulacion !== undefined
        ? cellText(cellAt(sheet, g.first.row, s.tipoAcumulacion))
        : "";
    if (s.tipoAcumulacion !== undefined && acumText === "") {
      out.error(
        "V7.requerido",
        a1(g.first.row, s.tipoAcumulacion),
        `Falta el tipo de acumulación de la AO ${g.key.slice(0, 60)}.`
      );
    }
    const mode = readAcumulacion(acumText || null);
    const read = (r: MatrixRow | undefined, what: string) =>
      r
        ? monthCols.map((c, i) =>
            readNumericCell(
              sheet,
              r.row,
              c,
              out,
              `${what} de ${MONTH_NAMES[i]} (${g.key.slice(0, 40)})`
            )
          )
        : [];
    const prog = read(g.programado, "Programado");
    const exec = read(g.ejecutado, "Ejecutado");
    let value: number | null = null;
    if (g.programado && g.ejecutado && !isPlanError(mode)) {
      exec.forEach((e, i) => {
        const col = monthCols[i];
        if (e !== null && e > 0 && (prog[i] ?? 0) === 0 && col !== undefined && g.ejecutado) {
          out.warning(
            "V11.sin-programacion",
            a1(g.ejecutado.row, col),
            `La AO ${g.key.slice(0, 50)} ejecuta ${formatNumber(e)} en ${MONTH_NAMES[i]} sin nada programado.`
          );
        }
      });
      const v = ejecucion(
        prog.filter((_, i) => monthCols[i] !== undefined),
        exec.filter((_, i) => monthCols[i] !== undefined),
        mode,
        null,
        false
      );
      value = typeof v === "number" ? v : null;
      if (value !== null && value > 110) {
        out.warning(
          "V11.sobre-ejecucion",
          a1(g.ejecutado.row, aoCol),
          `La AO ${g.key.slice(0, 50)} ejecutó el ${formatNumber(value)} % de lo programado (más del 110 %).`
        );
      }
    }
    results.push({
      code: g.key,
      cell,
      value,
      level: classify(opts.tope && value !== null ? Math.min(100, value) : value, opts.scale),
      row: g.first.row,
      role: "ao",
    });
  }
  return results;
}

/** Validates the Aplicativo's "POI por actividad operativa" export (one row per AO). */
export function validatePoiExport(
  sheet: SheetData,
  m: DetectedMatrix,
  out: FindingCollector,
  opts: ValidationOptions
): MatrixResult[] {
  const s = m.header.columns.single;
  const fam = m.header.columns.families;
  const re = fam.RE ?? [];
  const se = fam.SE ?? [];
  const motivo = fam.MOTIVO ?? [];
  const idCol = s.actividadId ?? s.actividad ?? m.header.left;
  const results: MatrixResult[] = [];
  const seen = new Map<string, string>();
  for (const r of m.rows) {
    if (r.role !== "ao") continue;
    const id = cellText(cellAt(sheet, r.row, idCol));
    const cell = a1(r.row, idCol);
    if (id && seen.has(id))
      out.error("V12.duplicado", cell, `La AO ${id} se repite (ya está en ${seen.get(id)}).`);
    else if (id) seen.set(id, cell);
    const prog = re.map((c, i) =>
      readNumericCell(sheet, r.row, c, out, `F(RE) ${MONTH_NAMES[i]} de ${id}`)
    );
    const exec = se.map((c, i) =>
      readNumericCell(sheet, r.row, c, out, `F(SE) ${MONTH_NAMES[i]} de ${id}`)
    );
    exec.forEach((e, i) => {
      const col = se[i];
      if (e === null || col === undefined) return;
      const p = prog[i] ?? 0;
      if (e > 0 && p === 0)
        out.warning(
          "V11.sin-programacion",
          a1(r.row, col),
          `La AO ${id} ejecuta ${formatNumber(e)} en ${MONTH_NAMES[i]} sin nada reprogramado.`
        );
      const motivoCol = motivo[i];
      if (e !== p && motivoCol !== undefined && cellText(cellAt(sheet, r.row, motivoCol)) === "") {
        out.info(
          "V11.sin-motivo",
          a1(r.row, col),
          `La AO ${id} se desvía en ${MONTH_NAMES[i]} (programado ${formatNumber(p)}, ejecutado ${formatNumber(e)}) sin motivo registrado.`
        );
      }
    });
    const acumulado =
      s.tipoAcumulacion !== undefined
        ? cellText(cellAt(sheet, r.row, s.tipoAcumulacion)).toUpperCase()
        : "SI";
    const mode = acumulado.startsWith("N") ? "ultimo" : "suma";
    const v = ejecucion(prog, exec, mode, null, false);
    const value = typeof v === "number" ? v : null;
    if (value !== null && value > 110)
      out.warning(
        "V11.sobre-ejecucion",
        cell,
        `La AO ${id} ejecutó el ${formatNumber(value)} % de lo reprogramado (más del 110 %).`
      );
    results.push({
      code: id,
      cell,
      value,
      level: classify(value, opts.scale),
      row: r.row,
      role: "ao",
    });
  }
  return results;
}
