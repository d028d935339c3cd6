import type { HeaderInfo } from "../detect/headerScan";
import type { DetectedMatrix } from "../detect/matrix";
import type { MatrixKind } from "../kinds/kindIds";
import { kindIdOf } from "../kinds/registry";
import { columnName, parseA1 } from "../sheet/address";
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
