import { readFileSync } from "node:fs";
import { UsageError } from "./args";

/** Reads the JSON file an option names; a missing or unreadable file is a Spanish usage error. */
export function readJsonOption(flag: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${flag}: el archivo ${file} no existe.`
        : `${flag}: ${file} no es un JSON válido (${(error as Error).message.split("\n")[0]}).`
    );
  }
}
