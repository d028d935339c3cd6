import { z } from "zod";
import type { HeaderInfo } from "../detect/headerScan";
import type { DetectedMatrix } from "../detect/matrix";
import { KIND_IDS, type MatrixKind } from "../kinds/kindIds";
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
    tipo: m.kind,
    encabezado: { desde: m.header.top + 1, hasta: m.header.bottom + 1 },
    columnas,
  };
}

const mapSchema = z.object({
  hoja: z.string({ error: "falta el nombre de la hoja" }).min(1, "falta el nombre de la hoja"),
  tipo: z.enum(KIND_IDS, { error: `el tipo debe ser uno de: ${KIND_IDS.join(", ")}` }),
  encabezado: z
    .object({
      desde: z.number({ error: "«desde» debe ser un número de fila" }).int().min(1),
      hasta: z.number({ error: "«hasta» debe ser un número de fila" }).int().min(1),
    })
    .refine((e) => e.hasta >= e.desde && e.hasta - e.desde <= 1, {
      error: "el encabezado ocupa una o dos filas («hasta» = «desde» o «desde» + 1)",
    }),
  columnas: z.record(z.string(), z.string()),
});

export type ParsedMaps = { ok: true; maps: SavedMatrixMap[] } | { ok: false; message: string };

/**
 * Reads column maps from JSON: a list of maps, {matrices: [...]}, or a whole `check --json`
 * report (each matrix's «columnas»). Errors name the entry and the field, in Spanish.
 */
export function parseSavedMaps(value: unknown): ParsedMaps {
  const list = extractMaps(value);
  if (!list) {
    return {
      ok: false,
      message:
        "el archivo no contiene mapas de columnas (una lista, {matrices: […]} o la salida de check --json).",
    };
  }
  const maps: SavedMatrixMap[] = [];
  for (const [i, entry] of list.entries()) {
    const parsed = mapSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = (issue?.path ?? []).map(String).join(" › ");
      return {
        ok: false,
        message: `mapa ${i + 1}${path ? ` (${path})` : ""}: ${issue?.message ?? "no válido"}.`,
      };
    }
    for (const [letter, role] of Object.entries(parsed.data.columnas)) {
      if (!/^[A-Z]{1,3}$/.test(letter)) {
        return {
          ok: false,
          message: `mapa ${i + 1} (columnas): «${letter}» no es una letra de columna.`,
        };
      }
      const probe = columnMapOf(new Map([[0, role]]));
      if ("unknown" in probe) {
        return {
          ok: false,
          message: `mapa ${i + 1} (columnas › ${letter}): el papel «${role}» no existe.`,
        };
      }
    }
    maps.push(parsed.data);
  }
  return { ok: true, maps };
}

function extractMaps(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== "object" || value === null) return null;
  const v = value as { matrices?: unknown; files?: unknown };
  if (Array.isArray(v.matrices)) return v.matrices;
  if (!Array.isArray(v.files)) return null;
  const out: unknown[] = [];
  for (const f of v.files as { sheets?: { matrices?: { columnas?: unknown }[] }[] }[]) {
    for (const s of f.sheets ?? [])
      for (const m of s.matrices ?? []) if (m.columnas) out.push(m.columnas);
  }
  return out;
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
