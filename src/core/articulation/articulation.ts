import type { DetectedMatrix } from "../detect/matrix";
import { kindOf } from "../kinds/registry";
import type { SheetData } from "../sheet/sheetData";
import { peiEntries, type PlanEntry } from "./peiEntries";
import { poiLinks } from "./poiLinks";

/** The PEI's OEI and AEI by canonical code. */
/** Whether the articulation rules (V15) read a matrix of this kind: a PEI or a POI. */
export const isArticulatedKind = (kind: string): boolean => {
  const { family } = kindOf(kind);
  return family === "pei" || family === "poi";
};

export interface PeiCatalog {
  entries: ReadonlyMap<string, PlanEntry>;
  /** Every code the PEI states or implies (the OEI of each of its AEI). */
  known: ReadonlySet<string>;
}

/**
 * What the articulation rules compare against: the PEI (for a POI's AO) and the codes the POI
 * names (for a PEI's OEI/AEI). A side is absent when the workbook (or --pei) has none of it.
 */
export interface Articulation {
  pei?: PeiCatalog;
  poiCodes?: ReadonlySet<string>;
}

export interface SheetMatrices {
  sheet: SheetData;
  matrices: readonly DetectedMatrix[];
}

const isPei = (m: DetectedMatrix) => kindOf(m.kind).family === "pei";
const isPoi = (m: DetectedMatrix) => kindOf(m.kind).family === "poi";

/** The PEI of these sheets, or undefined when none of their matrices is a PEI. */
export function peiCatalogOf(sheets: readonly SheetMatrices[]): PeiCatalog | undefined {
  const entries = new Map<string, PlanEntry>();
  let found = false;
  for (const { sheet, matrices } of sheets) {
    for (const m of matrices.filter(isPei)) {
      found = true;
      for (const e of peiEntries(sheet, m)) if (!entries.has(e.code)) entries.set(e.code, e);
    }
  }
  if (!found) return undefined;
  const known = new Set(entries.keys());
  for (const e of entries.values()) if (e.kind === "AEI") known.add(`OEI.${e.code.slice(4, 6)}`);
  return { entries, known };
}

/**
 * Every OEI and AEI the POI matrices of these sheets name (an AEI implies its OEI); undefined when
 * they name none (a POI without OEI/AEI columns or sections says nothing about the PEI).
 */
export function poiCodesOf(sheets: readonly SheetMatrices[]): Set<string> | undefined {
  const codes = new Set<string>();
  let found = false;
  for (const { sheet, matrices } of sheets) {
    for (const m of matrices.filter(isPoi)) {
      found = true;
      for (const link of poiLinks(sheet, m)) {
        codes.add(link.code);
        if (link.kind === "AEI") codes.add(`OEI.${link.code.slice(4, 6)}`);
      }
    }
  }
  return found && codes.size > 0 ? codes : undefined;
}

/**
 * The articulation of one workbook (its PEI against its POI, when it holds both), completed by
 * what comes from other files (check --pei): the given sides win over the workbook's own.
 */
export function articulationOf(
  sheets: readonly SheetMatrices[],
  given: Articulation = {}
): Articulation {
  const pei = given.pei ?? peiCatalogOf(sheets);
  const poiCodes = given.poiCodes ?? poiCodesOf(sheets);
  return { pei, poiCodes };
}
