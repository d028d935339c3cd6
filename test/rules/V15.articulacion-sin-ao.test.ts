import { describe } from "vitest";
import { v15ArticulacionSinAo } from "../../src/core/rules/v15ArticulacionSinAo";
import { testArticulationRule } from "../support/articulationTester";
import { PLANTED, peiSheet, poiSheet } from "../support/articulationFixtures";

describe("V15.articulacion-sin-ao", () =>
  testArticulationRule(v15ArticulacionSinAo, {
    valid: [
      {
        name: "every OEI and AEI of the PEI has AO, whatever the POI's spelling",
        sheets: [peiSheet(), poiSheet([PLANTED])],
      },
    ],
    invalid: [
      {
        name: "an AEI of the PEI that no AO names, at the PEI's code cell",
        sheets: [peiSheet("PEI", true), poiSheet()],
        errors: [
          {
            sheet: "PEI",
            cell: "A8",
            messageId: "sinAo",
            message: "Ninguna AO del POI cuelga de la AEI.02.02 del PEI.",
          },
        ],
      },
    ],
  }));
