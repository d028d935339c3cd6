import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v6CronogramaSinMeta } from "../../src/core/rules/v6CronogramaSinMeta";
import { PLAN_CRONOGRAMA, planActivity } from "../support/kindGrids";

describe("V6.cronograma-sin-meta", () =>
  testRule(v6CronogramaSinMeta, {
    valid: [
      {
        name: "every marked year has its meta",
        grid: [...PLAN_CRONOGRAMA, planActivity("1.1.2.1 Elaborar el plan", [1, 1, 1], "XXXX")],
      },
      {
        name: "an activity whose plan states no meta at all is not compared",
        grid: [...PLAN_CRONOGRAMA, planActivity("1.4.1.3 Continuar", [null, null, null], "XXXX")],
      },
    ],
    invalid: [
      {
        name: "HdR-AS 1.1.1.2: four meetings in 2025, scheduled every year after",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity("1.1.1.2 Desarrollar las reuniones", [4, null, null], "XXXX"),
        ],
        errors: [
          {
            cell: "G3",
            messageId: "sinMeta",
            message:
              "La actividad 1.1.1.2 está marcada en 2026 en el cronograma, pero no tiene meta para 2026.",
          },
          { cell: "H3", messageId: "sinMeta" },
        ],
      },
      {
        name: "a year marked in both semesters is reported once",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity("1.1.3.3. Incluir", [null, "PESEM y PEI", null], "XXX"),
        ],
        errors: [{ cell: "E3", messageId: "sinMeta" }],
      },
    ],
  }));
