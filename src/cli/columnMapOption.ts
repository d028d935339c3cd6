import { readFileSync } from "node:fs";
import { parseSavedMaps, type SavedMatrixMap } from "../core/columnMap/savedMap";
import { UsageError } from "./args";

/** Reads --columnas: the column maps as `check --json` prints them (or a list of them). */
export function readColumnMapOption(
  value: string | true | undefined
): SavedMatrixMap[] | undefined {
  if (typeof value !== "string") return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(value, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `--columnas: el archivo ${value} no existe.`
        : `--columnas: ${value} no es un JSON válido (${(error as Error).message.split("\n")[0]}).`
    );
  }
  const parsed = parseSavedMaps(data);
  if (!parsed.ok) throw new UsageError(`--columnas ${value}: ${parsed.message}`);
  return parsed.maps;
}
