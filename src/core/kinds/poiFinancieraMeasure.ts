import type { DetectedMatrix } from "../detect/matrix";
import { readCell, readText, type CellRead, type TextCell } from "../measure/cellRead";
import type { FamilyRead, FinancialLineItem } from "../measure/item";
import type { SheetData } from "../sheet/sheetData";
import { cellAt, cellText } from "../sheet/sheetData";
import { MONTH_NAMES } from "../text/months";
import { foldText } from "../text/normalize";
import type { Measured } from "./kind";
import type { ColumnMap } from "../detect/columnMap";

/** How many month columns of a family a header has. */
export const familyMonths = (c: ColumnMap, family: string) =>
  (c.families[family] ?? []).filter((x) => x !== undefined).length;

/** The physical family a financial export programs its target in: F(RE) (annual), F(E) (multianual). */
export const physicalFamily = (c: ColumnMap): "RE" | "E" =>
  familyMonths(c, "RE") >= familyMonths(c, "E") ? "RE" : "E";

/** «FN_RE» → «Fn(RE)», «RE_P» → «F(RE_P)». */
const familyName = (id: string) => (id.startsWith("FN_") ? `Fn(${id.slice(3)})` : `F(${id})`);

/** The column of the multianual export's «Año», which splits an AO's lines by year. */
function yearColumn(sheet: SheetData, m: DetectedMatrix): number | undefined {
  const row = sheet.rows[m.header.top] ?? [];
  for (let c = 0; c < row.length; c++) {
    if (/^a(n|ñ)o$/.test(foldText(cellText(row[c])))) return c;
  }
  return undefined;
}

/**
 * Measures the «programación financiera» export: per line, every family it has (months and
 * Total), and which family holds its current target (F(RE)/Fn(RE), or F(E)/Fn(E) multianual).
 * Lines have no result of their own.
 */
export function measurePoiFinanciera(sheet: SheetData, m: DetectedMatrix): Measured {
  const c = m.header.columns;
  const idCol = c.single.actividadId ?? c.single.actividad ?? m.header.left;
  const yearCol = yearColumn(sheet, m);
  const ids = [...new Set([...Object.keys(c.families), ...Object.keys(c.familyTotals ?? {})])]
    .filter((f) => f !== "MOTIVO" && f !== "DEV")
    // Physical families first, then the financial ones (Fn), each in the export's order.
    .sort((a, b) => Number(a.startsWith("FN_")) - Number(b.startsWith("FN_")));
  const physical = physicalFamily(c);
  const reads: CellRead[] = [];
  const items: FinancialLineItem[] = [];
  for (const r of m.rows) {
    if (r.role !== "ao") continue;
    const idCell = readText(sheet, r.row, idCol) as TextCell;
    const id = idCell.text;
    const read = (col: number | undefined, what: string) => {
      const x = readCell(sheet, r.row, col, what);
      if (x) reads.push(x);
      return x;
    };
    const families: FamilyRead[] = ids.map((f) => {
      const name = familyName(f);
      return {
        name,
        financial: f.startsWith("FN_"),
        months: (c.families[f] ?? []).map((col, i) =>
          read(col, `${name} ${MONTH_NAMES[i]} de ${id}`)
        ),
        total: read(c.familyTotals?.[f], `${name} Total de ${id}`),
      };
    });
    const year = yearCol === undefined ? "" : cellText(cellAt(sheet, r.row, yearCol));
    items.push({
      type: "linea-financiera",
      code: id,
      row: r.row,
      role: "ao",
      cell: idCell.address,
      idCell,
      group: year ? `${id} ${year}` : id,
      families,
      current: {
        physical: families.find((f) => f.name === familyName(physical)),
        financial: families.find((f) => f.name === familyName(`FN_${physical}`)),
      },
      value: null,
      level: "",
      reported: false,
    });
  }
  return { items, reads };
}
