import { describe, expect, it } from "vitest";
import { checkSheet } from "../../src/core/check/checkSheets";
import {
  guessKind,
  headerColumns,
  savedMapOfDraft,
  startDraft,
  validateDraft,
  withMap,
  withoutMap,
  type MapDraft,
} from "../../src/core/mapEditor/mapDraft";
import { previewDraft } from "../../src/core/mapEditor/mapPreview";
import { roleChoices, roleLabel } from "../../src/core/columnMap/roleChoices";
import { parseSavedMaps } from "../../src/core/columnMap/parseSavedMaps";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { sheetOf } from "../support/grid";
import { UNUSUAL_POI_ROWS } from "../support/unusualPoi";
import { PEI_SEGUIMIENTO, aeiWithIndicator } from "../support/kindGrids";

const sheet = sheetOf(UNUSUAL_POI_ROWS, "POI 2026");
/** What the planner picks: LABOR is the task, ACCIÓN the activity, SUMA the annual total. */
const defined = (draft: MapDraft): MapDraft => ({
  ...draft,
  tipo: "poi-tareas",
  columnas: { ...draft.columnas, C: "actividad", D: "tarea", R: "cantidadAnual" },
});

describe("«Definir columnas» model", () => {
  it("opens on the near-miss row with the columns the vocabulary understood", () => {
    expect(checkSheet(sheet, { scale: PERIOD_CHOICE, maxFindings: 10 }).matrices).toEqual([]);
    const draft = startDraft(sheet, []);
    expect(draft).toMatchObject({ sheet: "POI 2026", fila: "2", filas: 1, tipo: "poi-tareas" });
    expect(draft.columnas).toMatchObject({ B: "unidadOrganizacion", F: "mes:1", Q: "mes:12" });
    expect(draft.columnas.D).toBeUndefined();
    expect(headerColumns(sheet, draft).map((c) => c.letter)).toEqual(
      "ABCDEFGHIJKLMNOPQR".split("")
    );
    expect(headerColumns(sheet, draft)[3]).toEqual({ letter: "D", text: "LABOR" });
  });

  it("names what is wrong at its field, in Spanish", () => {
    const draft = startDraft(sheet, []);
    expect(validateDraft(sheet, { ...draft, tipo: "poi-tareas" })).toEqual([
      {
        field: "tipo",
        message: "Le falta «Tarea» para leerla como «POI por tareas (tabla plana)».",
      },
    ]);
    expect(validateDraft(sheet, { ...draft, fila: "x" })[0]?.field).toBe("fila");
    expect(validateDraft(sheet, { ...draft, fila: "40" })[0]?.message).toBe(
      "La hoja tiene 8 filas: la fila 40 no tiene datos."
    );
    const twice = { ...defined(draft), columnas: { ...defined(draft).columnas, E: "tarea" } };
    expect(validateDraft(sheet, twice)).toEqual([
      {
        field: { column: "E" },
        message: "«Tarea» ya es la columna D: cada papel va en una sola columna.",
      },
    ]);
    expect(validateDraft(sheet, { ...draft, columnas: {} })[0]?.field).toBe("columnas");
    expect(validateDraft(sheet, defined(draft))).toEqual([]);
  });

  it("previews the first rows as the next scan reads them, with the computed result", () => {
    const draft = defined(startDraft(sheet, []));
    expect(previewDraft(sheet, { ...draft, columnas: {} })).toBeNull();
    const preview = previewDraft(sheet, draft) ?? [];
    expect(preview).toHaveLength(5);
    expect(preview[0]).toMatchObject({
      row: 3,
      role: "Actividad",
      fields: [
        { label: "Tarea", text: "Visitas de campo" },
        { label: "Actividad operativa", text: "E1.01.01 Supervisión de servicios" },
        { label: "Cantidad anual", text: "12" },
        { label: "Número", text: "1" },
        { label: "Meses (12)", text: "1 1 1 1 1 0 1 1 1 1 1 1" },
      ],
    });
  });

  it("opens a detected matrix with the map it was read with, and previews its avances", () => {
    const pei = sheetOf([PEI_SEGUIMIENTO, ...aeiWithIndicator("AEI.01.01", 80, 60)], "PEI");
    const draft = startDraft(pei, [], 1);
    expect(draft).toMatchObject({ fila: "1", tipo: "pei-seguimiento" });
    expect(draft.editing).toBeUndefined();
    const preview = previewDraft(pei, draft) ?? [];
    expect(preview.map((r) => [r.row, r.role, r.result])).toEqual([
      [2, "AEI", "75 % · Regular"],
      [3, "Indicador", "75 % · Regular"],
    ]);
  });

  it("saves the CLI's JSON shape, and the next check reads the sheet with it", () => {
    const map = savedMapOfDraft(sheet, defined(startDraft(sheet, [])));
    expect(map).toMatchObject({
      hoja: "POI 2026",
      tipo: "poi-tareas",
      encabezado: { desde: 2, hasta: 2 },
    });
    expect(map.columnas).toMatchObject({ C: "actividad", D: "tarea", R: "cantidadAnual" });
    expect(parseSavedMaps(JSON.parse(JSON.stringify([map])))).toEqual({ ok: true, maps: [map] });
    const report = checkSheet(sheet, { scale: PERIOD_CHOICE, maxFindings: 10, maps: [map] });
    expect(report.matrices.map((m) => [m.kind, m.header, m.rows])).toEqual([
      ["poi-tareas", "A2:R2", 6],
    ]);
    expect(report.matrices[0]?.findings.map((f) => f.cell)).toContain("R3");
    // Opening it again edits the saved map.
    expect(startDraft(sheet, [map])).toMatchObject({ editing: 2, tipo: "poi-tareas" });
  });

  it("replaces the edited map and removes one, leaving other sheets' maps", () => {
    const map = savedMapOfDraft(sheet, defined(startDraft(sheet, [])));
    const other = { ...map, hoja: "Otra" };
    const moved = { ...map, encabezado: { desde: 1, hasta: 1 } };
    expect(withMap([map, other], moved, 2)).toEqual([other, moved]);
    expect(withMap([other], map)).toEqual([other, map]);
    expect(withoutMap([map, other], "POI 2026", 2)).toEqual([other]);
  });

  it("guesses the kind the roles fit, and offers every role with a Spanish label", () => {
    expect(guessKind(defined(startDraft(sheet, [])).columnas)).toBe("poi-tareas");
    expect(guessKind({ A: "codigo" })).toBeNull();
    const choices = roleChoices("LINEA BASE 2024", "RE:3");
    expect(choices[0]).toEqual({ value: "", label: "(ignorar)" });
    expect(choices.map((c) => c.value)).toEqual(
      expect.arrayContaining(["logro:2024", "mes:1", "tarea", "RE:3", "lineaBase"])
    );
    expect(choices.every((c) => c.label !== c.value || c.value === "")).toBe(true);
    expect(roleLabel("mes:9")).toBe("Mes: septiembre");
    expect(roleLabel("RE:3")).toBe("Programado reformulado: marzo");
    // An action plan's X-marked cronograma column is offered for the period its title names.
    expect(roleChoices("2026", "").map((c) => c.value)).toContain("cronograma:2026");
    expect(roleLabel("cronograma:2025-I")).toBe("Cronograma: 2025-I");
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
  });
});
