import { readFileSync } from "node:fs";
import { UsageError } from "./args";

/** Reads the JSON file an option names; a missing or unreadable file is a Spanish usage error. */
export function readJsonOption(flag: string, file: string): unknown {
  let text: string;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse does not accept.
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${flag}: el archivo ${file} no existe.`
        : `${flag}: no se pudo leer ${file} (${code ?? "error desconocido"}).`
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag}: ${file} no es un JSON válido${whereInvalid(text, error)}.`);
  }
}

/** « (línea L, columna C)» where JSON.parse stopped, when its message says the position. */
function whereInvalid(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    return /end of JSON input/i.test(message) ? " (el archivo termina antes de tiempo)" : "";
  }
  const before = text.slice(0, Number(position)).split("\n");
  return ` (línea ${before.length}, columna ${(before[before.length - 1]?.length ?? 0) + 1})`;
}
