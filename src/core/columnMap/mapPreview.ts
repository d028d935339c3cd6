import { detectMatrices } from "../detect/detectMatrices";
import type { RowRole } from "../detect/matrix";
import { measureMatrix } from "../pipeline/measureMatrix";
import { PERIOD_CHOICE, resolveScaleChoice } from "../scales/scaleChoice";
import { parseA1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { savedMapOfDraft, validateDraft, type MapDraft } from "./mapDraft";
import { roleLabel } from "./roleChoices";

/** One body row as Semáforo reads it with the draft map: what the row is, its values, its result. */
export interface PreviewRow {
  /** 1-based, as Excel numbers it. */
  row: number;
  role: string;
  fields: { label: string; text: string }[];
  /** The avance or % ejecución computed for the row, with its semáforo level. */
  result?: string;
}

const ROW_ROLES: Record<RowRole, string> = {
  oei: "OEI",
  aei: "AEI",
  indicador: "Indicador",
  ao: "Actividad",
  programado: "Programado",
  ejecutado: "Ejecutado",
  section: "Sección",
  "repeated-header": "Encabezado repetido",
  total: "Total",
  blank: "Vacía",
  continuation: "Continuación",
};

const FIELDS_PER_ROW = 4;
/**
 * Rows below the header the preview reads: enough for the first rows' items (an AEI's mean takes
 * its indicators below it), and the preview stays as fast on 20,000 rows as on 200.
 */
const ROWS_READ = 200;

/** What names a row comes first in the preview, then the figures, then the rest. */
const FIRST = [
  "tarea",
  "actividad",
  "indicador",
  "codigoIndicador",
  "codigo",
  "denominacion",
  "aei",
  "oei",
];
const rank = (role: string) => {
  const i = FIRST.indexOf(role);
  if (i >= 0) return i;
  return /^(cantidadAnual|meta|lineaBase|logro|valor|avance|pim|devengado)/.test(role) ? 20 : 40;
};

/**
 * The first body rows of the matrix the draft describes, read with the draft as the saved map
 * would be on the next scan (detection, then measuring with CEPLAN's scale for its period). Null
 * while the draft has errors; [] when no row below the header holds data.
 */
export function previewDraft(sheet: SheetData, draft: MapDraft, limit = 5): PreviewRow[] | null {
  if (validateDraft(sheet, draft).length > 0) return null;
  const map = savedMapOfDraft(sheet, draft);
  const top = { ...sheet, rows: sheet.rows.slice(0, map.encabezado.hasta + ROWS_READ) };
  const matrix = detectMatrices(top, [map]).find((m) => m.header.top === map.encabezado.desde - 1);
  if (!matrix) return [];
  const scale = resolveScaleChoice(PERIOD_CHOICE, matrix.period);
  const { items } = measureMatrix(top, matrix, { scale, tope: null });
  const results = new Map(
    items.filter((i) => i.reported && i.value !== null).map((i) => [i.row, i] as const)
  );
  const entries = Object.entries(map.columnas).map(([letter, role]) => ({
    col: parseA1(`${letter}1`)?.col ?? 0,
    role,
    label: roleLabel(role),
  }));
  const columns = entries
    .filter((c) => !c.role.startsWith("mes:"))
    .sort((a, b) => rank(a.role) - rank(b.role) || a.col - b.col);
  const months = entries.filter((c) => c.role.startsWith("mes:"));
  return matrix.rows
    .filter((r) => r.role !== "blank" && r.role !== "repeated-header")
    .slice(0, limit)
    .map((r) => {
      const fields = columns
        .map((c) => ({ label: c.label, text: cellText(cellAt(sheet, r.row, c.col)) }))
        .filter((f) => f.text !== "")
        .slice(0, FIELDS_PER_ROW);
      const monthly = months.map((c) => cellText(cellAt(sheet, r.row, c.col)) || "·");
      if (monthly.some((t) => t !== "·"))
        fields.push({ label: `Meses (${months.length})`, text: monthly.join(" ") });
      const item = results.get(r.row);
      return {
        row: r.row + 1,
        role: ROW_ROLES[r.role],
        fields,
        ...(item ? { result: `${formatPercent(item.value as number)} · ${item.level}` } : {}),
      };
    });
}

const formatPercent = (n: number) =>
  `${(Math.round(n * 10) / 10).toLocaleString("es-PE", { maximumFractionDigits: 1 })} %`;
