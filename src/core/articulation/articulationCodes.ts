import { parseCode, type PlanCode } from "../codes/codes";
import { foldText } from "../text/normalize";

export type LinkKind = "OEI" | "AEI";

/**
 * The OEI or AEI a cell names, whatever its spelling: «AEI 01.01», «AEI.01.01», «AEI. 1.1» and,
 * in a column that only holds AEI, a bare «01.01» all read AEI.01.01 (and «OEI 02», «02» OEI.02).
 */
export function articulationCode(text: string, kind: LinkKind): PlanCode | null {
  const code = parseCode(text);
  if (code) return code.kind === kind ? code : null;
  const t = text.replace(/^['‘’`´\s]+/, "").trim();
  const aei = /^(\d{1,2})\s?\.\s?(\d{1,2})(?![\d.])/.exec(t);
  if (kind === "AEI" && aei) return parseCode(`AEI.${aei[1]}.${aei[2]}`);
  const oei = /^(\d{1,2})(?![\d.])/.exec(t);
  if (kind === "OEI" && oei) return parseCode(`OEI.${oei[1]}`);
  return null;
}

/** «de la AEI.01.01», «del OEI.02»: the code after «de», for messages. */
export function ofTheCode(code: string): string {
  return `${code.startsWith("OEI") ? "del" : "de la"} ${code}`;
}

/** A name without the code written before it («AEI.01.01 - Atención…» → «Atención…»). */
export function nameAfterCode(text: string): string {
  return text
    .replace(
      /^['‘’`´\s]*(?:(?:OEI|AEI)\s?\.?\s?)?\d{1,2}(?:\s?\.\s?\d{1,2})?(?![\d])\s*[-–—:.]?\s*/i,
      ""
    )
    .trim();
}

/**
 * Two names are the same when they differ only in accents, case, spacing or punctuation, or in the
 * «(Prioridad:4)» the PEI report appends to an AEI's name.
 */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    foldText(s)
      .replace(/\(\s*prioridad\s*:?\s*\d+\s*\)/g, " ")
      .replace(/[^a-z0-9ñ ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  return key(a) === key(b);
}
