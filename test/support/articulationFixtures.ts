import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";
import { CUT_MAY, exportSheet, type ExportAo } from "./cutFixtures";
import { PEI_SEGUIMIENTO } from "./kindGrids";

/**
 * A PEI in the Lares Tabla 3 layout, its codes written «OEI.01», «AEI.01.01»; the POI export of
 * cutFixtures names them «OEI 01», «AEI 01.01» (and «AEI. 02.01»).
 */
export function peiSheet(name = "PEI", extraAei = false): SheetData {
  const rows: CellValue[][] = [
    PEI_SEGUIMIENTO,
    ["OEI.01", "Mejorar la salud materna y neonatal", "Dirección General", null, null, null],
    ["AEI.01.01", "Atención integral de la salud materna", "Dirección General", null, null, null],
    ["IND.01.AEI.01.01", "Porcentaje de partos institucionales", "Dirección General", 95, 90, null],
    ["OEI.02", "Fortalecer la gestión institucional", "Dirección General", null, null, null],
    ["AEI.02.01", "Equipamiento biomédico oportuno", "Dirección General", null, null, null],
    ["IND.01.AEI.02.01", "Porcentaje de equipos operativos", "Dirección General", 100, 80, null],
  ];
  if (extraAei) {
    rows.push(
      ["AEI.02.02", "Gestión documental digital", "Secretaría General", null, null, null],
      ["IND.01.AEI.02.02", "Porcentaje de trámites digitales", "Secretaría General", 60, 30, null]
    );
  }
  return { name, rows, merges: [] };
}

const SPELLINGS: Record<string, { oei: string; aei: string }> = {
  "AEI.01.01": { oei: "OEI 01", aei: "AEI 01.01" },
  "AEI.02.01": { oei: "OEI 2", aei: "AEI. 02.01" },
};

/** The May cut's AO with the other spellings of their OEI and AEI codes. */
export function respelledAos(): ExportAo[] {
  return CUT_MAY.map((ao) => ({ ...ao, ...SPELLINGS[ao.aei] }));
}

/** An AO planted under an AEI the PEI does not have (AEI.09.09), last in the POI. */
export const PLANTED: ExportAo = {
  id: "AOI00012700436",
  name: "0215094 - ACTIVIDAD SIN ACCIÓN ESTRATÉGICA",
  oei: "OEI 09",
  aei: "AEI 09.09",
  acumulado: "SI",
  re: Array.from({ length: 12 }, () => 5),
  se: [5, 5, 5, 5, 5],
};

/** The POI export with respelled codes, plus `extra` AO at the end. */
export function poiSheet(extra: ExportAo[] = [], name = "POI"): SheetData {
  return exportSheet(name, [...respelledAos(), ...extra]);
}
