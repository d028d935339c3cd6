import { describe } from "vitest";
import { v15Articulacion } from "../../src/core/rules/v15Articulacion";
import { testArticulationRule } from "../support/articulationTester";
import { PLANTED, peiSheet, poiSheet } from "../support/articulationFixtures";

describe("V15.articulacion", () =>
  testArticulationRule(v15Articulacion, {
    valid: [
      {
        name: "every AO under an AEI of the PEI, written «AEI 01.01» and «AEI. 02.01» against «AEI.01.01»",
        sheets: [peiSheet(), poiSheet()],
      },
    ],
    invalid: [
      {
        // 6 AO of the May cut, then the planted one: row 9, the AEI column H (OEI in G).
        name: "an AO under an AEI (of an OEI) absent from the PEI, at its AEI cell",
        sheets: [peiSheet(), poiSheet([PLANTED])],
        errors: [
          {
            sheet: "POI",
            cell: "H10",
            messageId: "falta",
            message: "La AO AOI00012700436 cuelga de la AEI.09.09, que no está en el PEI.",
          },
        ],
      },
      {
        name: "an AO whose AEI is in the PEI but whose OEI column names another OEI",
        sheets: [peiSheet(), poiSheet([{ ...PLANTED, aei: "AEI 01.01", oei: "OEI 07" }])],
        errors: [
          {
            sheet: "POI",
            cell: "G10",
            messageId: "falta",
            message: "La AO AOI00012700436 cuelga del OEI.07, que no está en el PEI.",
          },
        ],
      },
    ],
  }));
