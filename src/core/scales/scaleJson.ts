import { z } from "zod";
import { checked, HEX, type ParsedChoice } from "./scaleChoice";

// Apart from scaleChoice so that loading the scales does not load zod (a good part of the CLI's
// start-up): only reading a scale file needs it.

const specSchema = z.object({
  niveles: z
    .array(
      z.object({
        etiqueta: z.string({ error: "falta la etiqueta" }),
        minimo: z.number({ error: "el mínimo debe ser un número" }),
        color: z.string().regex(HEX, "el color debe tener la forma #RRGGBB").optional(),
      })
    )
    .min(2, "se necesitan al menos dos niveles"),
  sobreEjecucion: z
    .object({ etiqueta: z.string(), desde: z.number({ error: "«desde» debe ser un número" }) })
    .optional(),
  redondeo: z.boolean().optional(),
});

/**
 * Reads a scale from JSON ({niveles: [{etiqueta, minimo, color?}], sobreEjecucion?: {etiqueta,
 * desde}, redondeo?}), the form `--escala escala.json` takes. Errors name the entry.
 */
export function parseScaleJson(value: unknown): ParsedChoice {
  const parsed = specSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? [])
      .map((p) => (typeof p === "number" ? `${p + 1}` : String(p)))
      .join(" › ");
    return {
      ok: false,
      message: `Escala propia: ${path ? `${path}: ` : ""}${issue?.message ?? "no válida"}.`,
    };
  }
  const data = parsed.data;
  return checked({
    levels: data.niveles.map((n) => ({ label: n.etiqueta, min: n.minimo, fill: n.color })),
    over: data.sobreEjecucion
      ? { label: data.sobreEjecucion.etiqueta, above: data.sobreEjecucion.desde }
      : undefined,
    boundary: data.redondeo ? "round" : "raw",
  });
}
