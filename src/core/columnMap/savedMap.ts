import type { HeaderInfo } from "../detect/headerScan";
import type { DetectedMatrix } from "../detect/matrix";
import type { MatrixKind } from "../kinds/kindIds";
import { kindIdOf } from "../kinds/registry";
import { columnName, parseA1 } from "../sheet/address";
import { foldText } from "../text/normalize";
import { columnMapOf, rolesOf } from "./roles";

/**
 * How Semáforo reads one matrix, in a form the planner can see and correct: the sheet, the kind,
 * the header's rows (1-based, as Excel numbers them) and the role of each column by its letter.
 * `check --json` prints it for every matrix; `--columnas` and the pane's «Definir columnas» feed it
 * back, and detection then reads that header exactly so.
 */
export interface SavedMatrixMap {
  hoja: string;
  tipo: MatrixKind;
  encabezado: { desde: number; hasta: number };
  columnas: Record<string, string>;
  /** Optional: the body's first and last rows (1-based); without it the body ends by itself. */
  filas?: { desde?: number; hasta?: number };
  /**
   * Optional: the lines that sum up the lines below them, by row (1-based) or by the text a
   * column starts with; they are measured but not counted twice in summaries.
   */
  subtotales?: { filas?: number[]; columna?: string; texto?: string[] };
}

/** The map a detected matrix was read with. */
export function savedMapOf(m: DetectedMatrix): SavedMatrixMap {
  const columnas: Record<string, string> = {};
  const roles = [...rolesOf(m.header.columns)].sort(([a], [b]) => a - b);
  for (const [col, role] of roles) columnas[columnName(col)] = role;
  return {
    hoja: m.sheet,
    tipo: kindIdOf(m.kind),
    encabezado: { desde: m.header.top + 1, hasta: m.header.bottom + 1 },
    columnas,
  };
}

/** Whether a body row is a subtotal line the map marks (by its row, or its text in a column). */
export function isMapSubtotal(
  map: SavedMatrixMap,
  row: number,
  textAt: (col: number) => string
): boolean {
  const marks = map.subtotales;
  if (!marks) return false;
  if (marks.filas?.includes(row + 1)) return true;
  const col = marks.columna ? parseA1(`${marks.columna}1`)?.col : undefined;
  if (col === undefined || !marks.texto?.length) return false;
  const text = foldText(textAt(col));
  return text !== "" && marks.texto.some((t) => t.trim() !== "" && text.startsWith(foldText(t)));
}

/** The header a saved map describes, ready for detection to open a matrix with. */
export function headerOfMap(map: SavedMatrixMap): HeaderInfo {
  const roles = new Map<number, string>();
  for (const [letter, role] of Object.entries(map.columnas)) {
    const col = parseA1(`${letter}1`)?.col;
    if (col !== undefined) roles.set(col, role);
  }
  const columns = columnMapOf(roles);
  if ("unknown" in columns) throw new Error(`unknown role ${columns.unknown}`);
  const cols = [...roles.keys()];
  const ordered = [...roles].sort(([a], [b]) => a - b).map(([, r]) => r.split(":")[0]);
  const semestral = [...columns.valores, ...columns.avances].some((p) => p.semester !== undefined);
  return {
    top: map.encabezado.desde - 1,
    bottom: map.encabezado.hasta - 1,
    left: Math.min(...cols),
    right: Math.max(...cols),
    columns,
    signature: `mapa|${ordered.join("|")}`,
    period: semestral ? "semestral" : null,
  };
}
