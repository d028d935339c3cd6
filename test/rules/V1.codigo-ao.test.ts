import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v1CodigoAo } from "../../src/core/rules/v1CodigoAo";
import { POI_SEGUIMIENTO, aoLines } from "../support/kindGrids";

describe("V1.codigo-ao", () =>
  testRule(v1CodigoAo, {
    valid: [
      {
        name: "an Aplicativo AO code",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AOI30071100001 - Vigilancia", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]),
        ],
      },
    ],
    invalid: [
      {
        name: "a code bent by OCR",
        grid: [
          POI_SEGUIMIENTO,
          ...aoLines("AC0307110001 - Vigilancia", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]),
        ],
        errors: [{ cell: "A2", messageId: "forma" }],
      },
    ],
  }));
