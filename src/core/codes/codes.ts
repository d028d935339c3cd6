/**
 * CEPLAN codes. Normalise first: trim, drop a leading apostrophe, no-break spaces,
 * collapse inner spaces, uppercase; then "AEI. 08.05", "AEI 08.05" and "IND.01 AEI.10.01" read as
 * AEI.08.05 and IND.01.AEI.10.01.
 */
export type CodeKind = "OEI" | "AEI" | "IND" | "AO" | "OES" | "AES" | "OER" | "AER";

export interface PlanCode {
  kind: CodeKind;
  /** Canonical form: OEI.01, AEI.01.02, IND.01.AEI.01.02, AOI00012700428. */
  code: string;
  /** Canonical code of the parent the code itself names (OEI of an AEI, AEI/OEI of an IND). */
  parent: string | null;
  /** For AO codes: the UE (unidad ejecutora) in the code. */
  ue?: string;
}

export function normalizeCodeText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .replace(/^['‘’`´]+/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toUpperCase();
}

const two = (s: string) => s.padStart(2, "0");

/** Parses a code at the start of a cell ("AEI.01.02 Programa …" reads AEI.01.02). */
export function parseCode(text: string): PlanCode | null {
  const t = normalizeCodeText(text);
  let m =
    /^IND\s?\.?\s?(\d{1,2})\s?[.\s]\s?(OEI|AEI)\s?\.?\s?(\d{1,2})(?:\s?\.\s?(\d{1,2}))?(?![\d.])/.exec(
      t
    );
  if (m) {
    const parent =
      m[2] === "AEI" && m[4]
        ? `AEI.${two(m[3] as string)}.${two(m[4])}`
        : `OEI.${two(m[3] as string)}`;
    if (m[2] === "AEI" && !m[4]) return null;
    return { kind: "IND", code: `IND.${two(m[1] as string)}.${parent}`, parent };
  }
  m = /^AEI\s?\.?\s?(\d{1,2})\s?\.\s?(\d{1,2})(?![\d.])/.exec(t);
  if (m) {
    const oei = `OEI.${two(m[1] as string)}`;
    return { kind: "AEI", code: `AEI.${two(m[1] as string)}.${two(m[2] as string)}`, parent: oei };
  }
  m = /^OEI\s?\.?\s?(\d{1,2})(?![\d.])/.exec(t);
  if (m) return { kind: "OEI", code: `OEI.${two(m[1] as string)}`, parent: null };
  m = /^AES\s?\.?\s?(\d{1,2})\s?\.\s?(\d{1,2})(?![\d.])/.exec(t);
  if (m) {
    const oes = `OES.${two(m[1] as string)}`;
    return { kind: "AES", code: `AES.${two(m[1] as string)}.${two(m[2] as string)}`, parent: oes };
  }
  m = /^OES\s?\.?\s?(\d{1,2})(?![\d.])/.exec(t);
  if (m) return { kind: "OES", code: `OES.${two(m[1] as string)}`, parent: null };
  // A regional or local development plan (PDRC / PDLC): objetivos and acciones estratégicas regionales.
  m = /^AER\s?\.?\s?(\d{1,2})\s?\.\s?(\d{1,2})(?![\d.])/.exec(t);
  if (m) {
    const oer = `OER.${two(m[1] as string)}`;
    return { kind: "AER", code: `AER.${two(m[1] as string)}.${two(m[2] as string)}`, parent: oer };
  }
  m = /^OER\s?\.?\s?(\d{1,2})(?![\d.])/.exec(t);
  if (m) return { kind: "OER", code: `OER.${two(m[1] as string)}`, parent: null };
  m = /^AOI(\d{6})(\d{5})(?!\d)/.exec(t);
  if (m) return { kind: "AO", code: `AOI${m[1]}${m[2]}`, parent: null, ue: m[1] as string };
  return null;
}

/** True when text looks like a code the Aplicativo meant but OCR or typing bent (AC0307110001). */
export function looksLikeBrokenAoCode(text: string): boolean {
  const t = normalizeCodeText(text);
  return /^A[A-Z]{1,2}\d{8,12}[A-Z]?\b/.test(t) && !/^AOI\d{11}(?!\d)/.test(t);
}
