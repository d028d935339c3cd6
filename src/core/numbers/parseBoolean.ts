import { PlanError, valueError } from "../errors";
import { foldText, quote } from "../text/normalize";

export const TRUE_WORDS = new Set(["true", "verdadero", "si", "1"]);
export const FALSE_WORDS = new Set(["false", "falso", "no", "0"]);

/** Reads an optional boolean argument: TRUE/FALSE, VERDADERO/FALSO, 1/0; blank gives the default. */
export function readBoolean(value: unknown, fallback: boolean, what: string): boolean | PlanError {
  if (value === null || value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 1) return true;
    if (value === 0) return false;
  }
  if (typeof value === "string") {
    const folded = foldText(value);
    if (folded === "") return fallback;
    if (TRUE_WORDS.has(folded)) return true;
    if (FALSE_WORDS.has(folded)) return false;
  }
  return valueError(`${what}: ${quote(value)} no es VERDADERO ni FALSO.`);
}
