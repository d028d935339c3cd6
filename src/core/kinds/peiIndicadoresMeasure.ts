import { parseCode } from "../codes/codes";
import type { DetectedMatrix } from "../detect/matrix";
import { readCell, readText, type CellRead } from "../measure/cellRead";
import type { Item, PeiAeiItem } from "../measure/item";
import { onceReader } from "../measure/rowReader";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import type { Measured, MeasureOptions } from "./kind";
import { periodColumns } from "./peiColumns";
import { measureIndicator } from "./peiMeasure";

/**
 * Measures a flat PEI indicator table: each row an indicator (línea base, logros by year), and
 * each AEI named in COD_AEI gathered from its indicator rows with its Prioridad. The table has no
 * valores obtenidos, so no avance is computed.
 */
export function measurePeiIndicadores(
  sheet: SheetData,
  m: DetectedMatrix,
  options: MeasureOptions
): Measured {
  const s = m.header.columns.single;
  const reads: CellRead[] = [];
  const read = onceReader(sheet, reads);
  const cols = periodColumns(m);
  const items: Item[] = [];
  const aeis = new Map<string, PeiAeiItem>();
  for (const r of m.rows) {
    if (r.role !== "indicador") continue;
    const item = measureIndicator(sheet, m, r, read, cols);
    item.level = classify(null, options.scale);
    item.parentAei = r.parentAei;
    // Without its own code, an indicator is named with its objective: «Porcentaje de …» (OEI.03).
    if (!r.code) item.who = `«${item.name.slice(0, 60)}»${r.parentAei ? ` (${r.parentAei})` : ""}`;
    items.push(item);
    const aeiText = s.codigoAei === undefined ? "" : cellText(cellAt(sheet, r.row, s.codigoAei));
    const code = parseCode(aeiText);
    if (code?.kind !== "AEI") continue;
    let aei = aeis.get(code.code);
    if (!aei) {
      aei = {
        type: "aei",
        code: code.code,
        planCode: code,
        row: r.row,
        role: "aei",
        cell: a1(r.row, s.codigoAei as number),
        indicators: [],
        value: null,
        level: classify(null, options.scale),
        reported: false,
        name: readText(sheet, r.row, s.aei),
        priority: readCell(sheet, r.row, s.prioridad, `Prioridad de ${code.code}`),
      };
      aeis.set(code.code, aei);
      items.push(aei);
    }
    aei.indicators.push(item);
  }
  return { items, reads };
}
