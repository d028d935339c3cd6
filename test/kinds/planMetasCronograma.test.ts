import { describe, expect, it } from "vitest";
import { columnMapOf, rolesOf } from "../../src/core/columnMap/roles";
import type { ColumnMap } from "../../src/core/detect/columnMap";
import { detectMatrices } from "../../src/core/detect/detectMatrices";
import { isSemesterRow, periodOfLabel, planCodeOf } from "../../src/core/kinds/planColumns";
import { statesMeta } from "../../src/core/kinds/planMeasure";
import { readCell } from "../../src/core/measure/cellRead";
import { measureMatrix } from "../../src/core/pipeline/measureMatrix";
import type { PlanMetaItem } from "../../src/core/measure/item";
import { buildWritePlan } from "../../src/core/plan/buildPlan";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import type { Scale } from "../../src/core/scales/scale";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { sheetOf } from "../support/grid";
import { PLAN_CRONOGRAMA, planActivity } from "../support/kindGrids";
import { APPLY_DEFAULTS as OPTIONS } from "../support/planOptions";

const grid = () => [
  ...PLAN_CRONOGRAMA,
  ["OE1. Fortalecer la gobernanza"],
  ["1.1 Integración con políticas"],
  ["1.1.1 Instalar un Grupo de Trabajo Sectorial"],
  planActivity("1.1.1.1. Instalar un Grupo de Trabajo", [1, null, null], "X"),
  planActivity("1.1.1.2 Desarrollar las reuniones", [4, "nd", "0"], "XXXX"),
];

const items = (rows: ReturnType<typeof grid>) => {
  const sheet = sheetOf(rows);
  const [m] = detectMatrices(sheet);
  const scale = PRESET_SCALES.CEPLAN_ANUAL as Scale;
  return { m, items: measureMatrix(sheet, m!, { scale, tope: null }).items as PlanMetaItem[] };
};

describe("implementation plans with metas per year and an X-marked cronograma (HdR-AS, seed 001)", () => {
  it("read the metas under «Metas por año» and the periods under «Cronograma»", () => {
    const { m } = items(grid());
    expect(m?.kind).toBe("plan-metas-cronograma");
    expect(m?.header.columns.logros).toEqual([
      { year: 2025, col: 1 },
      { year: 2026, col: 2 },
      { year: 2027, col: 3 },
    ]);
    expect(m?.header.columns.cronograma?.map((p) => [p.col, p.label])).toEqual([
      [4, "2025-I"],
      [5, "2025-II"],
      [6, "2026"],
      [7, "2027"],
    ]);
    expect(m?.rows.map((r) => r.role)).toEqual(["section", "section", "section", "ao", "ao"]);
  });

  it("measure each activity's metas and X, 2025 split in semesters and counted once", () => {
    const { items: got } = items(grid());
    expect(
      got.map((i) => [i.code, i.metas.map((x) => x.year), i.marks.map((x) => x.year)])
    ).toEqual([
      ["1.1.1.1", [2025], [2025]],
      ["1.1.1.2", [2025], [2025, 2025, 2026, 2027]],
    ]);
    expect(got[0]?.splitYears).toEqual([2025]);
    expect(got[0]?.scheduleYears).toEqual([2025, 2026, 2027]);
  });

  it("write nothing back: the plan states no logrado to measure", () => {
    const plan = buildWritePlan([sheetOf(grid())], OPTIONS);
    expect(plan.cells.filter((c) => c.sheet === "Hoja1")).toEqual([]);
    expect(plan.formats).toEqual([]);
  });

  it("name periods in the seed's spellings and codes by their depth", () => {
    expect(periodOfLabel("2025-I")).toEqual({ year: 2025, semester: 1 });
    expect(periodOfLabel("2025 - Sem 2")).toEqual({ year: 2025, semester: 2 });
    expect(periodOfLabel("2025 Semestre II")).toEqual({ year: 2025, semester: 2 });
    expect(periodOfLabel("2027")).toEqual({ year: 2027, semester: undefined });
    expect(planCodeOf("OE1. Fortalecer")).toEqual({ group: true });
    expect(planCodeOf("1.1 Integración")).toEqual({ code: "1.1", group: true });
    expect(planCodeOf("1.1.1.1. Instalar")).toEqual({ code: "1.1.1.1", group: false });
    expect(planCodeOf("META 1: Las inversiones")).toEqual({ code: undefined, group: false });
  });

  it("take blanks, dashes, «nd» and zeros with their unit as no meta", () => {
    const sheet = sheetOf([["1 EPS", "0 EPS", "nd", "-", "0%", "Sí", 3, 0]]);
    const states = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => statesMeta(readCell(sheet, 0, c, "x")!));
    expect(states).toEqual([true, false, false, false, false, true, true, false]);
  });
});

describe("the plan's column map, as check --json prints it and --columnas reads it back", () => {
  it("keeps the cronograma periods: «cronograma:2025-I» … round-trips to the same columns", () => {
    const [m] = detectMatrices(sheetOf(grid()));
    const roles = rolesOf(m!.header.columns);
    expect([...roles.values()]).toContain("cronograma:2025-II");
    const back = columnMapOf(roles);
    expect("unknown" in back).toBe(false);
    expect(rolesOf(back as ColumnMap)).toEqual(roles);
  });
});

describe("the cronograma as the HdR-AS plan prints it: «2025» over «SEMESTRE» over «I | II»", () => {
  const printed = () => [
    ["Acción / Actividad", "Metas por año", null, null, "Cronograma", null, null, null],
    [null, 2025, 2026, 2027, 2025, null, 2026, 2027],
    [null, null, null, null, "SEMESTRE"],
    [null, null, null, null, "I", "II"],
    planActivity("1.1.2.2 Participar en los nodos regionales", [2, 2, null], ".X"),
  ];

  it("reads the semesters from the rows under the years and keeps them out of the body", () => {
    const [m] = detectMatrices(sheetOf(printed()));
    expect(m?.header.columns.cronograma?.map((p) => [p.col, p.label])).toEqual([
      [4, "2025-I"],
      [5, "2025-II"],
      [6, "2026"],
      [7, "2027"],
    ]);
    expect(m?.rows.map((r) => r.role)).toEqual(["repeated-header", "repeated-header", "ao"]);
  });

  it("an X in semester II marks 2025; the 2026 meta is outside the cronograma", () => {
    const { items: got } = items(printed());
    expect(got.map((i) => [i.code, i.marks.map((x) => [x.year, x.semester])])).toEqual([
      ["1.1.2.2", [[2025, 2]]],
    ]);
    expect(isSemesterRow(["", "1", "2"])).toBe(false);
  });
});

describe("a plan that also carries execution columns («Logrado 2025»): avance of the latest year", () => {
  const header = (exec: string[]) => [
    [...PLAN_CRONOGRAMA[0]!, ...exec],
    [...PLAN_CRONOGRAMA[1]!, ...exec.map(() => null)],
  ];
  const tracked = (exec = ["Logrado 2025"], logrados: CellValue[] = [3, null, 1]) => [
    ...header(exec),
    [...planActivity("1.1.1.2 Desarrollar las reuniones", [4, 4, 4], "XXXX"), logrados[0]!],
    [...planActivity("1.1.3.1 Incorporar la EC", ["PESEM y PEI incorporan EC", null], "X"), 1],
    [...planActivity("4.1.1.1 Iniciar proyectos de reúso", [3, 4, null], "XXX"), logrados[1]!],
    [...planActivity("1.4.1.1 Difundir el reglamento", [1, null, null], "X"), logrados[2]!],
  ];

  it("reads «Logrado 2025» as the plan's valores, not as a meta year", () => {
    const { m } = items(tracked());
    expect(m?.kind).toBe("plan-metas-cronograma");
    expect(m?.header.columns.logros.map((l) => l.year)).toEqual([2025, 2026, 2027]);
    expect(m?.header.columns.valores).toEqual([{ label: "Logrado 2025", col: 8, year: 2025 }]);
    // As check --json prints it and --columnas reads it back.
    const roles = rolesOf(m!.header.columns);
    expect(roles.get(8)).toBe("valor:Logrado 2025");
    expect((columnMapOf(roles) as ColumnMap).valores).toMatchObject([{ col: 8, year: 2025 }]);
  });

  it("AVANCE_TIPO1(logrado, meta) per numeric meta; a statement or a blank logrado has no avance", () => {
    const { items: got } = items(tracked());
    expect(got.map((i) => [i.code, i.value, i.level, i.calc?.fn ?? null])).toEqual([
      ["1.1.1.2", 75, "Regular", "AVANCE_TIPO1"],
      ["1.1.3.1", null, "", null],
      ["4.1.1.1", null, "Sin dato", "AVANCE_TIPO1"],
      ["1.4.1.1", 100, "Bueno", "AVANCE_TIPO1"],
    ]);
    expect(got[2]?.avance?.logrado).toMatchObject({ address: "I5", status: "blank" });
  });

  it("evaluates the latest year with an execution column and names it in the header", () => {
    const rows = tracked(["Valor obtenido 2025", "Ejecutado 2026"], [3, 2, 1]);
    // The 2026 execution: 1 of 4 reuniones, 2 of 4 proyectos.
    rows[2]!.push(1);
    rows[4]!.push(2);
    const { m, items: got } = items(rows);
    expect(m?.header.columns.valores.map((v) => v.year)).toEqual([2025, 2026]);
    expect(got.map((i) => i.avance?.year ?? null)).toEqual([2026, null, 2026, null]);
    expect(got[0]?.avance?.logrado.address).toBe("J3");
    const plan = buildWritePlan([sheetOf(rows)], OPTIONS);
    const written = plan.cells.filter((c) => c.sheet === "Hoja1");
    expect(written.find((c) => c.address === "K1")?.value).toBe("Avance 2026 (logrado / meta, %)");
    expect(written.filter((c) => c.formula).map((c) => [c.address, c.value])).toEqual([
      ["K3", 25],
      ["K5", 50],
    ]);
  });

  it("writes one formula per numeric meta, blank logrados included, under «Avance 2025»", () => {
    const plan = buildWritePlan([sheetOf(tracked())], OPTIONS);
    const written = plan.cells.filter((c) => c.sheet === "Hoja1");
    expect(written.find((c) => c.address === "J1")?.value).toBe("Avance 2025 (logrado / meta, %)");
    expect(written.filter((c) => c.formula).map((c) => c.address)).toEqual(["J3", "J5", "J6"]);
    expect(written.find((c) => c.address === "J3")?.formula).toContain("I3");
  });
});
