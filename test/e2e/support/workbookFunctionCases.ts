import type ExcelJS from "exceljs";
import { PLAN_RUNNERS } from "../../../src/core/planFunctions/registry";
import type { PlanFunctionName } from "../../../src/core/planFunctions/registry";
import type { Cell, Grid } from "../../../src/core/grid/grid";
import { callFormula } from "../../../src/core/planFunctions/workbookFunctions";
import { PRESET_SCALES } from "../../../src/core/scales/presets";
import { scaleLabels } from "../../../src/core/scales/scale";
import { caseValue } from "../../support/caseValues";
import { seededRandom, textNumber, type Rng } from "../../support/random";

/**
 * Generated calls of every workbook function, with the cells they read written into `workbook`
 * and the core's result for each. Options (sentido, tope, escala, acumulación, hasta_mes) come
 * omitted, as a blank cell, as a cell value (in many spellings, a few invalid) or as a literal.
 */
export interface SubstitutionCase {
  fn: PlanFunctionName;
  sheet: string;
  address: string;
  cell: ExcelJS.Cell;
  /** The call's arguments as written in the cell formula; null = omitted. */
  args: (string | null)[];
  expected: Cell;
  label: string;
}

/** An option argument: omitted, a blank cell, a value in a cell, or a literal in the call. */
type Option = { kind: "omitted" } | { kind: "blank" } | { kind: "cell"; value: unknown };

const OMIT: Option = { kind: "omitted" };
const BLANK: Option = { kind: "blank" };
const inCell = (value: unknown): Option => ({ kind: "cell", value });

function pickOption(r: Rng, valid: readonly unknown[], invalid: readonly unknown[]): Option {
  const x = r.next();
  if (x < 0.2) return OMIT;
  if (x < 0.3) return BLANK;
  if (x < 0.35 && invalid.length > 0) return inCell(r.pick(invalid));
  return inCell(r.pick(valid));
}

const SENTIDOS = [
  "Ascendente",
  "Descendente",
  "No definido",
  "Máximo permisible",
  "Mínimo permisible",
  "asc",
  "DESC",
  "  no   definido ",
  "No definido / Mínimo permisible",
];
const TOPES = [true, false, "VERDADERO", "falso", "Sí", "no", 1, 0];
const ESCALAS = [
  ...Object.keys(PRESET_SCALES),
  "ceplan anual",
  "Institucional 80-91",
  "institucional_80_91_redondeo",
];
const ACUMULACIONES = ["suma", "ultimo", "maximo", "promedio", "No acumulado", "Acumulado anual"];

export function buildWorkbookFunctionCases(workbook: ExcelJS.Workbook): SubstitutionCase[] {
  const rng = seededRandom(20261130);
  const cases: SubstitutionCase[] = [];
  let ws: ExcelJS.Worksheet;

  const put = (address: string, v: unknown) => {
    if (v !== null && v !== undefined) ws.getCell(address).value = v as ExcelJS.CellValue;
  };
  /** Writes an option into `address` when it is a cell; returns the call argument and core grid. */
  const option = (o: Option, address: string): [string | null, Grid | null] => {
    if (o.kind === "omitted") return [null, null];
    if (o.kind === "blank") return [address, [[null]]];
    if (typeof o.value === "boolean" && rng.chance(0.5)) {
      return [o.value ? "TRUE" : "FALSE", [[o.value]]]; // a literal in the call
    }
    put(address, o.value);
    return [address, [[o.value as Cell]]];
  };
  const add = (
    fn: PlanFunctionName,
    address: string,
    args: (string | null)[],
    grids: (Grid | null)[]
  ) => {
    let expected: Cell;
    try {
      expected = PLAN_RUNNERS[fn](...grids)[0]?.[0] as Cell;
    } catch {
      return; // a malformed call (not generated on purpose)
    }
    const label = `${callFormula(fn, args)} ${JSON.stringify(grids)}`;
    cases.push({ fn, sheet: ws.name, address, cell: ws.getCell(address), args, expected, label });
  };

  ws = workbook.addWorksheet("tipo1");
  for (let row = 1; row <= 360; row++) {
    const le = caseValue(rng, 1000);
    const vo = rng.chance(0.3) ? caseValue(rng, 3000) : caseValue(rng, 1000);
    put(`A${row}`, vo);
    put(`B${row}`, le);
    const [s, sg] = option(pickOption(rng, SENTIDOS, ["Mixto", "lateral"]), `C${row}`);
    const [t, tg] = option(pickOption(rng, TOPES, ["quizá", 2]), `D${row}`);
    add("AVANCE_TIPO1", `E${row}`, [`A${row}`, `B${row}`, s, t], [[[vo]], [[le]], sg, tg]);
  }

  ws = workbook.addWorksheet("tipo2");
  for (let row = 1; row <= 140; row++) {
    const lb = rng.chance(0.15) ? null : rng.chance(0.2) ? 45 : caseValue(rng, 500, { blank: 0 });
    const le = rng.chance(0.15) ? lb : caseValue(rng, 500);
    const vo = caseValue(rng, 600);
    [vo, le, lb].forEach((v, i) => put(`${"ABC"[i]}${row}`, v));
    const [s, sg] = option(pickOption(rng, SENTIDOS, ["Mixto"]), `D${row}`);
    const [t, tg] = option(pickOption(rng, TOPES, ["talvez"]), `E${row}`);
    const args = [`A${row}`, `B${row}`, `C${row}`, s, t];
    add("AVANCE_TIPO2", `F${row}`, args, [[[vo]], [[le]], [[lb]], sg, tg]);
  }

  ws = workbook.addWorksheet("financiero");
  for (let row = 1; row <= 80; row++) {
    const pim = caseValue(rng, 2_000_000);
    const dev = rng.chance(0.05) ? "n/d" : caseValue(rng, 2_500_000);
    put(`A${row}`, dev);
    put(`B${row}`, pim);
    add("AVANCE_FINANCIERO", `C${row}`, [`A${row}`, `B${row}`], [[[dev]], [[pim]]]);
  }

  ws = workbook.addWorksheet("semaforo");
  const boundaries = [29.99, 30, 49.99, 50, 74.99, 75, 94.99, 95, 79.5, 80, 90.5, 91, 100, 100.5];
  for (let row = 1; row <= 160; row++) {
    const v = row <= boundaries.length * 2 ? boundaries[row % boundaries.length] : null;
    const n = v ?? caseValue(rng, 130, { zero: 0.05 });
    const cell = typeof n === "number" && rng.chance(0.15) ? textNumber(rng, n) : n;
    put(`A${row}`, cell);
    const [e, eg] = option(pickOption(rng, ESCALAS, ["OTRA_ESCALA"]), `B${row}`);
    add("SEMAFORO", `C${row}`, [`A${row}`, e], [[[cell]], eg]);
  }

  ws = workbook.addWorksheet("promedio");
  for (let row = 1; row <= 80; row++) {
    const cells = "ABCDEFGH".split("").map(() => caseValue(rng, 100, { blank: 0.25, zero: 0.15 }));
    cells.forEach((v, i) => put(`${"ABCDEFGH"[i]}${row}`, v));
    add("PROMEDIO_AVANCE", `I${row}`, [`A${row}:H${row}`], [[cells]]);
  }

  ws = workbook.addWorksheet("contar");
  for (let row = 1; row <= 80; row++) {
    const cells = "ABCDEFGH".split("").map(() => caseValue(rng, 110, { blank: 0.2, zero: 0.1 }));
    cells.forEach((v, i) => put(`${"ABCDEFGH"[i]}${row}`, v));
    const eo = pickOption(rng, Object.keys(PRESET_SCALES), []);
    const scale = PRESET_SCALES[eo.kind === "cell" ? String(eo.value) : "CEPLAN_SEMESTRAL"]!;
    const nivel = rng.chance(0.08) ? "Excelente" : rng.pick([...scaleLabels(scale), "sin dato"]);
    put(`I${row}`, nivel);
    const [e, eg] = option(eo, `J${row}`);
    const args = [`A${row}:H${row}`, `I${row}`, e];
    add("CONTAR_NIVEL", `K${row}`, args, [[cells], [[nivel]], eg]);
  }

  ws = workbook.addWorksheet("acumular");
  for (let row = 1; row <= 80; row++) {
    const cells = "ABCDEFGHIJKL".split("").map(() => caseValue(rng, 50, { blank: 0.35 }));
    cells.forEach((v, i) => put(`${"ABCDEFGHIJKL"[i]}${row}`, v));
    const [a, ag] = option(pickOption(rng, ACUMULACIONES, ["anual2"]), `M${row}`);
    add("ACUMULAR", `N${row}`, [`A${row}:L${row}`, a], [[cells], ag]);
  }

  ws = workbook.addWorksheet("sentido");
  for (let row = 1; row <= 100; row++) {
    const shape = rng.int(0, 3); // constant, rising, falling, anything
    const start = rng.int(0, 500);
    const series = Array.from({ length: 7 }, (_, i) => {
      if (rng.chance(0.2)) return null;
      const n = [start, start + i * rng.int(0, 20), start - i * rng.int(0, 20), rng.int(0, 500)][
        shape
      ] as number;
      return rng.chance(0.15) ? textNumber(rng, n) : n;
    });
    series.forEach((v, i) => put(`${"ABCDEFG"[i]}${row}`, v));
    const [lb, ...logros] = series;
    add("SENTIDO", `H${row}`, [`A${row}`, `B${row}:G${row}`], [[[lb as Cell]], [logros as Cell[]]]);
  }

  ws = workbook.addWorksheet("ejecucion");
  const prog = "BCDEFGHIJKLM".split("");
  const exec = "NOPQRSTUVWXY".split("");
  for (let row = 1; row <= 200; row++) {
    const reported = rng.int(0, 12);
    const p = prog.map(() => caseValue(rng, 20, { blank: 0.3, zero: 0.2, text: 0.1 }));
    const e = exec.map((_, m) =>
      m < reported ? caseValue(rng, 30, { blank: 0.2, zero: 0.2, text: 0.1 }) : null
    );
    p.forEach((v, i) => put(`${prog[i]}${row}`, v));
    e.forEach((v, i) => put(`${exec[i]}${row}`, v));
    const [a, ag] = option(pickOption(rng, ACUMULACIONES, ["xx"]), `Z${row}`);
    const months = [...Array.from({ length: 12 }, (_, i) => i + 1), "6"];
    const [h, hg] = option(pickOption(rng, months, [13, 0, 2.5]), `AA${row}`);
    const [t, tg] = option(pickOption(rng, TOPES, []), `AB${row}`);
    const args = [`B${row}:M${row}`, `N${row}:Y${row}`, a, h, t];
    add("EJECUCION", `AC${row}`, args, [[p], [e], ag, hg, tg]);
  }
  // A range where a cell (or one row) is expected: #VALUE!, a deliberate difference with the
  // add-in, which computes whole blocks.
  ws = workbook.addWorksheet("forma");
  const wrongShape = (fn: PlanFunctionName, address: string, args: (string | null)[]) =>
    cases.push({
      fn,
      sheet: ws.name,
      address,
      cell: ws.getCell(address),
      args,
      expected: "#VALUE!",
      label: `${callFormula(fn, args)} (rango)`,
    });
  [1, 2, 3].forEach((row) => ["A", "B"].forEach((c) => put(`${c}${row}`, row * 10)));
  wrongShape("AVANCE_TIPO1", "D1", ["A1:A3", "B1:B3", null, null]);
  wrongShape("SEMAFORO", "D2", ["A1:A3", null]);
  wrongShape("AVANCE_FINANCIERO", "D3", ["A1", "B1:B2"]);
  wrongShape("EJECUCION", "D4", ["A1:B3", "A1:B3", null, null, null]);
  wrongShape("SENTIDO", "D5", ["A1", "A1:B3"]);
  return cases;
}
