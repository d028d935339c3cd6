import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v11SinLogrado } from "../../src/core/rules/v11SinLogrado";
import { PREVISTO_LOGRADO } from "../support/kindGrids";

const NAME = "Número de personas con aguas residuales tratadas.";

describe("V11.sin-logrado", () =>
  testRule(v11SinLogrado, {
    valid: [
      { name: "PROCOES: previsto and logrado", grid: [PREVISTO_LOGRADO, [NAME, 6056, 6056, 6056]] },
      { name: "a logrado of 0 is a logrado", grid: [PREVISTO_LOGRADO, [NAME, 6056, 0, 6056]] },
      {
        name: "nothing previsto at the cut date",
        grid: [PREVISTO_LOGRADO, [NAME, null, null, 6056]],
      },
    ],
    invalid: [
      {
        name: "previsto 6,056 and the logrado left blank",
        grid: [PREVISTO_LOGRADO, [NAME, 6056, null, 6056]],
        errors: [
          {
            cell: "C2",
            messageId: "blanco",
            message:
              "«Número de personas con aguas residuales tratadas.» tiene previsto 6,056 a la fecha de corte, pero su logrado está en blanco: el avance queda sin dato.",
          },
        ],
      },
    ],
  }));
