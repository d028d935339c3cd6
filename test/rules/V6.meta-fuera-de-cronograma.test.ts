import { describe } from "vitest";
import { testRule } from "../support/ruleTester";
import { v6MetaFueraDeCronograma } from "../../src/core/rules/v6MetaFueraDeCronograma";
import {
  PLAN_CRONOGRAMA,
  PLAN_WITH_META,
  planActivity,
  planActivityWithMeta,
} from "../support/kindGrids";

const ACTION = ["1.1.1 Instalar un Grupo de Trabajo Sectorial", null, null, null];

describe("V6.meta-fuera-de-cronograma", () =>
  testRule(v6MetaFueraDeCronograma, {
    valid: [
      {
        name: "HdR-AS 1.1.2.1: a meta every year, each year marked (2025 in semester I only)",
        grid: [
          ...PLAN_CRONOGRAMA,
          ACTION,
          planActivity("1.1.2.1 Elaborar el plan", [1, 1, 1], "X.XX"),
        ],
      },
      {
        name: "a meta in 2025 marked only in semester II",
        grid: [...PLAN_CRONOGRAMA, planActivity("1.1.3.1. Participar", ["Sí", null, null], ".X")],
      },
      {
        name: "Tabla 1: metas by year with no cronograma to compare with",
        grid: [
          ["META", "Línea Base", "CORTO PLAZO", null, "MEDIANO PLAZO"],
          [null, null, 2025, 2026, 2027],
          ["META 6: Al menos 40 EPS …", "37 EPS", "37 EPS", "38 EPS", "38 EPS"],
        ],
      },
      {
        name: "HdR-AS 1.2.2.3: a meta that describes a state is V6.meta-de-estado's notice, not also a warning",
        grid: [
          ...PLAN_WITH_META,
          planActivityWithMeta(
            "1.2.2.3 Preparar y difundir directorios",
            "2026 y en adelante: 01 Directorio se mantiene actualizado y publicado",
            [null, 1, 1],
            "..X"
          ),
        ],
      },
      {
        name: "HdR-AS 1.1.3.3: a lagged result after the cronograma is V6.meta-de-estado's notice",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity(
            "1.1.3.3. Incluir el enfoque",
            [null, "PESEM y PEI incorporan enfoque de EC"],
            ".X"
          ),
        ],
      },
    ],
    invalid: [
      {
        name: "HdR-AS 1.2.2.3: «2027 y en adelante» while the cronograma marks 2027 only",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity("1.2.2.3 Preparar y difundir directorios", [null, 1, 1], "..X"),
        ],
        errors: [
          {
            cell: "D3",
            messageId: "fuera",
            message:
              "La actividad 1.2.2.3 tiene meta en 2027 (1), pero su cronograma no marca 2027: la meta queda fuera del cronograma.",
          },
        ],
      },
      {
        name: "metas in 2026 and 2027 the cronograma does not mark: one warning listing both years",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity("1.4.1.2 Actualizar el registro", [1, 1, 1], "X..."),
        ],
        errors: [
          {
            cell: "C3",
            messageId: "varios",
            message:
              "La actividad 1.4.1.2 tiene metas en 2026 y 2027, años que su cronograma no marca: quedan fuera del cronograma (si son proyección, márquelos o dígalo en la meta).",
          },
        ],
      },
      {
        name: "a 2025 meta with neither semester marked says so",
        grid: [
          ...PLAN_CRONOGRAMA,
          planActivity("1.3.2.2 Desarrollar charlas", [1, 1, null], "..X"),
        ],
        errors: [
          {
            cell: "B3",
            messageId: "fuera",
            message:
              "La actividad 1.3.2.2 tiene meta en 2025 (1), pero su cronograma no marca 2025 (ni el semestre I ni el II): la meta queda fuera del cronograma.",
          },
        ],
      },
      {
        name: "HdR-AS 1.4.1.2: «02 normas … aprobados por año» in 2027 unmarked is yearly work, a warning",
        grid: [
          ...PLAN_WITH_META,
          planActivityWithMeta(
            "1.4.1.2 Desarrollar e impulsar la aprobación de una normativa",
            "2026 en adelante: 02 normas/instrumentos sobre EC aprobados por año",
            [null, 2, 2],
            "..X."
          ),
        ],
        errors: [{ cell: "E3", messageId: "fuera" }],
      },
    ],
  }));
