import { z } from "zod";
import { KIND_IDS } from "../kinds/kindIds";
import { columnMapOf } from "./roles";
import type { SavedMatrixMap } from "./savedMap";

// Apart from savedMap so that detection does not load zod (a good part of the CLI's start-up):
// only reading maps from JSON needs it.

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
  filas: z
    .object({
      desde: z.number({ error: "«desde» debe ser un número de fila" }).int().min(1).optional(),
      hasta: z.number({ error: "«hasta» debe ser un número de fila" }).int().min(1).optional(),
    })
    .refine((f) => f.desde === undefined || f.hasta === undefined || f.hasta >= f.desde, {
      error: "«hasta» no puede ser menor que «desde»",
    })
    .optional(),
  subtotales: z
    .object({
      filas: z
        .array(z.number().int().min(1), { error: "«filas» es una lista de números de fila" })
        .optional(),
      columna: z
        .string()
        .regex(/^[A-Z]{1,3}$/, "«columna» es una letra de columna (A, B, …)")
        .optional(),
      texto: z.array(z.string(), { error: "«texto» es una lista de textos" }).optional(),
    })
    .optional(),
});

export type ParsedMaps = { ok: true; maps: SavedMatrixMap[] } | { ok: false; message: string };

/**
 * Reads column maps from JSON: one map (the «columnas» object `check --json` prints for a matrix,
 * or the «borrador» it prints for a near-miss), a matrix entry holding one, a list of maps,
 * {matrices: [...]}, or a whole `check --json` report (each matrix's «columnas»). Errors name the
 * entry and the field, in Spanish.
 */
export function parseSavedMaps(value: unknown): ParsedMaps {
  const list = extractMaps(value);
  if (!list) {
    return {
      ok: false,
      message:
        "el archivo no contiene mapas de columnas (un mapa {hoja, tipo, encabezado, columnas}, una lista, {matrices: […]} o la salida de check --json).",
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function extractMaps(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return null;
  // One map as printed: it has a sheet and its columns (the schema then checks the rest).
  if ("hoja" in value || ("tipo" in value && "encabezado" in value)) return [value];
  // One matrix (or near-miss) entry copied from the report: the map it holds.
  if (isObject(value.columnas) && "hoja" in value.columnas) return [value.columnas];
  if (isObject(value.borrador) && "hoja" in value.borrador) return [value.borrador];
  if (Array.isArray(value.matrices)) return value.matrices;
  if (!Array.isArray(value.files)) return null;
  const out: unknown[] = [];
  for (const f of value.files as { sheets?: { matrices?: { columnas?: unknown }[] }[] }[]) {
    for (const s of f.sheets ?? [])
      for (const m of s.matrices ?? []) if (m.columnas) out.push(m.columnas);
  }
  return out;
}
