import type { SavedMatrixMap } from "./savedMap";

/**
 * A Spanish note for each sheet the planner's column maps name that none of the given sheets
 * is (a typo, or a sheet renamed since): those maps were not used, and saying so beats silence.
 */
export function missingMapSheets(
  maps: readonly SavedMatrixMap[] | undefined,
  sheetNames: Iterable<string>
): string[] {
  const present = new Set(sheetNames);
  const missing = [...new Set((maps ?? []).map((m) => m.hoja))].filter((h) => !present.has(h));
  return missing.map(
    (h) =>
      `--columnas nombra la hoja «${h}», que no está en el libro: sus columnas no se usaron. Revise el nombre de la hoja.`
  );
}
