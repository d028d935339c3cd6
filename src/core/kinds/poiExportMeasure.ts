import { readAcumulacion } from "../calc/acumular";
import type { DetectedMatrix } from "../detect/matrix";
import { isPlanError } from "../errors";
import { readCell, readText, type CellRead, type TextCell } from "../measure/cellRead";
import type { ExportAoItem } from "../measure/item";
import { classify } from "../scales/scale";
import { MONTH_NAMES } from "../text/months";
import type { SheetData } from "../sheet/sheetData";
import type { Measured, MeasureOptions } from "./kind";
import { ejecucionCalc } from "./poiCalc";

/**
 * Measures the Aplicativo's "POI por actividad operativa" export: per AO row the reprogrammed
 * F(RE) and executed F(SE) months, the Motivo(SE) of each month, the Acumulado column (SI / NO)
 * and the % ejecución, EJECUCION(F(RE), F(SE), acumulación).
 */
export function measurePoiExport(
  sheet: SheetData,
  m: DetectedMatrix,
  options: MeasureOptions
): Measured {
  const s = m.header.columns.single;
  const fam = m.header.columns.families;
  const idCol = s.actividadId ?? s.actividad ?? m.header.left;
  const reads: CellRead[] = [];
  const items: ExportAoItem[] = [];
  for (const r of m.rows) {
    if (r.role !== "ao") continue;
    const idCell = readText(sheet, r.row, idCol) as TextCell;
    const id = idCell.text;
    const family = (name: string, label: string) =>
      (fam[name] ?? []).map((c, i) => {
        const read = readCell(sheet, r.row, c, `${label} ${MONTH_NAMES[i]} de ${id}`);
        if (read) reads.push(read);
        return read;
      });
    const prog = family("RE", "F(RE)");
    const exec = family("SE", "F(SE)");
    const mode = readAcumulacion(readText(sheet, r.row, s.tipoAcumulacion)?.text || null);
    const item: ExportAoItem = {
      type: "ao-exportada",
      code: id,
      row: r.row,
      role: "ao",
      cell: idCell.address,
      idCell,
      prog,
      exec,
      motivos: (fam.MOTIVO ?? []).map((c) => readText(sheet, r.row, c)),
      mode: isPlanError(mode) ? null : mode,
      value: null,
      raw: null,
      level: "",
      reported: true,
    };
    if (item.mode) {
      const e = ejecucionCalc(prog, exec, item.mode, options.tope ?? false);
      item.calc = e.calc;
      item.value = e.value;
      item.raw = e.raw;
    }
    item.level = classify(item.value, options.scale);
    items.push(item);
  }
  return { items, reads };
}
