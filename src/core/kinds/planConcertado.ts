import { parseCode } from "../codes/codes";
import { cellAt, cellText } from "../sheet/sheetData";
import type { KindDef } from "./kind";
import { peiMatriz } from "./peiMatriz";
import { measurePei } from "./peiMeasure";
import { peiCodeColumn, peiRole } from "./peiRows";

/** How far below its header a table must show an OER or AER code to be a PDRC / PDLC. */
const CODE_REACH = 40;

/**
 * A regional or local development plan's table (PDRC / PDLC, Plan de Desarrollo Regional o Local
 * Concertado): objetivos estratégicos regionales (OER.01), their acciones (AER.01.01) and the
 * indicators below each with línea base and logros esperados by year. It is laid out as a PEI
 * matrix, with OER / AER codes; it belongs to the territory, not to the institution, so the
 * POI's articulation (to the PEI) does not read it.
 */
export const planConcertado: KindDef = {
  id: "plan-concertado",
  label: "Matriz PDRC / PDLC (OER / AER / indicadores)",
  family: "plan",
  yields: ["indicador", "aei", "jerarquia-objetivos"],
  summaryBy: "matriz",
  codeColumn: peiCodeColumn,
  // Its header is a PEI matrix's: only its OER / AER codes tell it apart.
  byContent: true,
  recognise(sheet, info) {
    const columns = peiMatriz.recognise(sheet, info);
    const col = info.columns.single.codigo ?? info.columns.single.objetivoAccion;
    if (!columns || col === undefined) return null;
    for (let row = info.bottom + 1; row <= info.bottom + CODE_REACH; row++) {
      const kind = parseCode(cellText(cellAt(sheet, row, col)))?.kind;
      if (kind === "OER" || kind === "AER") return columns;
    }
    return null;
  },
  columns: (c) =>
    peiMatriz
      .columns(c)
      .map((x, i) => (i === 0 ? { ...x, need: "Código (OER, AER o indicador)" } : x)),
  roleOf(m, sheet, row, ctx, first) {
    const raw = cellText(cellAt(sheet, row, peiCodeColumn(m)));
    const code = raw ? parseCode(raw) : null;
    if (code?.kind === "OER") {
      ctx.lastAei = undefined;
      return { row, role: "oei", code, label: raw };
    }
    if (code?.kind === "AER") {
      ctx.lastAei = code.code;
      return { row, role: "aei", code, label: raw };
    }
    return peiRole(m, sheet, row, ctx, first);
  },
  measure: measurePei,
};
