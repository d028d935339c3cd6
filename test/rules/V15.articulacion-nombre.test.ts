import { describe } from "vitest";
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
