import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v6MetaDeEstado } from "../../src/core/rules/v6MetaDeEstado";
import {
  PLAN_CRONOGRAMA,
  PLAN_WITH_META,
  planActivity,
  planActivityWithMeta,
} from "../support/kindGrids";

describe("V6.meta-de-estado", () =>
  testRule(v6MetaDeEstado, {
    valid: [
      {
        name: "HdR-AS 1.4.1.2: «02 normas … aprobados por año» outside the cronograma is yearly work (V6.meta-fuera-de-cronograma's)",
        grid: [
          ...PLAN_WITH_META,
          planActivityWithMeta(
            "1.4.1.2 Desarrollar e impulsar la aprobación de una normativa",
            "2026 en adelante: 02 normas/instrumentos sobre EC aprobados por año",
            [null, 2, 2],
            "..X."
          ),
        ],
      },
      {
        name: "HdR-AS 1.2.1.1: a state-like word is no finding when every meta is in a marked year",
        grid: [
          ...PLAN_WITH_META,
          planActivityWithMeta(
            "1.2.1.1 Diseñar un programa permanente de capacitación",
            "2025: 01 programa de capacitación y formación en EC y 1 taller implementado",
            [1, null, null],
            ".X"
          ),
        ],
      },
      {
        name: "a numeric meta after a cronograma that ended is a gap, not a lagged result",
        grid: [...PLAN_CRONOGRAMA, planActivity("1.2.2.2 Elaborar un informe", [null, 1], "X")],
      },
    ],
    invalid: [
      {
        name: "HdR-AS 1.2.2.3: «01 Directorio se mantiene actualizado» in 2027, unmarked, is a state",
        grid: [
          ...PLAN_WITH_META,
          planActivityWithMeta(
            "1.2.2.3 Preparar y difundir directorios",
            "2026 y en adelante: 01 Directorio se mantiene actualizado y publicado en la plataforma virtual del MVCS",
            [null, 1, 1],
            "..X"
          ),
        ],
        errors: [
          {
            cell: "E3",
            messageId: "estado",
            message:
              "La actividad 1.2.2.3 tiene meta en 2027 fuera de su cronograma, pero la meta describe un estado («01 Directorio se mantiene actualizado y publicado en la pla…»): si se sostiene sin trabajo nuevo, no hace falta marcar esos años.",
          },
        ],
      },
      {
        name: "HdR-AS 1.1.3.3: «PESEM y PEI incorporan enfoque de EC» in 2026, after a cronograma that ends in 2025, is a lagged result",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity(
            "1.1.3.3. Incluir el enfoque de economía circular en el PESEM y PEI",
            [null, "PESEM y PEI incorporan enfoque de EC", null],
            ".X"
          ),
        ],
        errors: [
          {
            cell: "C3",
            messageId: "resultado",
            message:
              "La actividad 1.1.3.3 tiene meta en 2026, después del último año que marca su cronograma (2025): la meta describe un resultado del trabajo («PESEM y PEI incorporan enfoque de EC»).",
          },
        ],
      },
    ],
  }));
