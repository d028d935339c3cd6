import { describe } from "vitest";
import type { SheetData } from "../../src/core/sheet/sheetData";
import { v15ArticulacionNombre } from "../../src/core/rules/v15ArticulacionNombre";
import { testArticulationRule } from "../support/articulationTester";
import { peiSheet } from "../support/articulationFixtures";
import { CUT_MAY, exportSheet } from "../support/cutFixtures";

/** The May cut with its AEI written as «code - name» in the AEI column. */
const poiNamed = (names: Record<string, string>) =>
  exportSheet(
    "POI",
    CUT_MAY.map((ao) => ({ ...ao, aei: `${ao.aei.replace(".", " ")} - ${names[ao.aei]}` }))
  );

/** The Lares Tabla 3 way: each AEI's name ends in «(Prioridad:N)». */
function withPriority(sheet: SheetData): SheetData {
  const rows = sheet.rows.map((r, i) =>
    typeof r[0] === "string" && r[0].startsWith("AEI")
      ? [r[0], `${String(r[1])} (Prioridad:${i})`, ...r.slice(2)]
      : r
  );
  return { ...sheet, rows };
}

describe("V15.articulacion-nombre", () =>
  testArticulationRule(v15ArticulacionNombre, {
    valid: [
      {
        name: "the PEI's names, with other accents, case and spacing",
        sheets: [
          peiSheet(),
          poiNamed({
            "AEI.01.01": "ATENCION INTEGRAL DE LA  SALUD MATERNA",
            "AEI.02.01": "Equipamiento biomedico oportuno.",
          }),
        ],
      },
      {
        name: "the PEI report's «(Prioridad:N)» after the AEI's name",
        sheets: [
          withPriority(peiSheet()),
          poiNamed({
            "AEI.01.01": "Atención integral de la salud materna",
            "AEI.02.01": "Equipamiento biomédico oportuno",
          }),
        ],
      },
    ],
    invalid: [
      {
        name: "another name for AEI.02.01, reported once at its first AO",
        sheets: [
          peiSheet(),
          poiNamed({
            "AEI.01.01": "Atención integral de la salud materna",
            "AEI.02.01": "Mantenimiento de equipos",
          }),
        ],
        errors: [
          {
            sheet: "POI",
            cell: "H7",
            messageId: "distinto",
            message:
              "El nombre de la AEI.02.01 en el POI («Mantenimiento de equipos») no es el del PEI («Equipamiento biomédico oportuno», PEI!A6).",
          },
        ],
      },
    ],
  }));
