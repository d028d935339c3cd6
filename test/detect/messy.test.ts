import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../src/core/check/checkSheets";
import { detectMatrices } from "../../src/core/pipeline/detectMatrices";
import type { CellValue } from "../../src/core/sheet/sheetData";
import { LARES } from "../fixtures/lares";
import emsapuno from "../fixtures/emsapuno-poi-2024.json";
import { sheetOf } from "../support/grid";
import { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } from "../../scripts/lib/ficha-layout";

/** The Lares PEI table as planners retype it, with knobs for every difficulty of ceplan.md §7. */
interface Messy {
  headers?: string[];
  order?: number[];
  codes?: (code: string) => string;
  numbers?: (n: number, i: number) => CellValue;
  blankColumnsAt?: number[];
  repeatHeaderEvery?: number;
  sectionRows?: boolean;
  ragged?: boolean;
  title?: boolean;
}

const BASE_HEADERS = [
  "Código",
  "Denominación",
  "Unidad de Organización",
  "Logro Esperado",
  "Valores Obtenidos",
  "Avance Tipo I (%)",
];

function laresRows(opts: Messy = {}): CellValue[][] {
  const headers = opts.headers ?? BASE_HEADERS;
  const order = opts.order ?? [0, 1, 2, 3, 4, 5];
  const arrange = (cells: CellValue[]) => {
    let out = order.map((i) => cells[i] ?? null);
    for (const at of opts.blankColumnsAt ?? []) out = [...out.slice(0, at), null, ...out.slice(at)];
    if (opts.ragged)
      while (out.length && (out[out.length - 1] === null || out[out.length - 1] === "")) out.pop();
    return out;
  };
  const rows: CellValue[][] = [];
  if (opts.title)
    rows.push(
      ["MUNICIPALIDAD DISTRITAL DE LARES"],
      ["Reporte de seguimiento — primer semestre 2025"],
      []
    );
  rows.push(arrange(headers));
  const code = opts.codes ?? ((c: string) => c);
  const num = opts.numbers ?? ((n: number) => n);
  let data = 0;
  let lastOei = "";
  LARES.rows.forEach((r, i) => {
    if (opts.sectionRows && r.oei !== lastOei) rows.push([`OBJETIVO ESTRATÉGICO ${r.oei}`]);
    lastOei = r.oei;
    if (opts.repeatHeaderEvery && data > 0 && data % opts.repeatHeaderEvery === 0)
      rows.push(arrange(headers));
    rows.push(arrange([code(r.code), r.code, null, null, null, r.printed]));
    rows.push(
      arrange([code(r.indicator), r.indicator, r.unidad, num(r.le, i), num(r.vo, i), r.printed])
    );
    data += 2;
  });
  return rows;
}

/** Code → computed value, the part of the report every variant must reproduce. */
function results(rows: CellValue[][]) {
  const report = checkSheet(sheetOf(rows), { scale: PERIOD_CHOICE, maxFindings: 500 });
  expect(report.matrices).toHaveLength(1);
  expect(report.matrices[0]?.kind).toBe("pei-seguimiento");
  return new Map(report.matrices[0]?.results.map((r) => [r.code, r.value]));
}

const baseline = results(laresRows());

describe("detection survives the messiness of real files (Lares PEI)", () => {
  it("baseline: 30 indicators and 30 AEI", () => {
    expect(baseline.size).toBe(60);
    expect(baseline.get("IND.01.AEI.03.01")).toBe(92.15);
  });

  it.each<[string, Messy]>([
    [
      "headers in capitals, abbreviated, without accents, with a typo",
      {
        headers: [
          "COD.",
          "Denominacón",
          "UNIDAD ORGANICA",
          "Logro esperado 2025",
          "Valor obtenido",
          "Avance tipo I %",
        ],
      },
    ],
    ["shuffled columns", { order: [5, 0, 4, 1, 3, 2], headers: BASE_HEADERS }],
    [
      "stray spaces, no-break spaces and apostrophes in codes",
      { codes: (c) => `'${c.replace("AEI.", "AEI. ").replace("IND.01.", "IND.01\u00a0")} ` },
    ],
    [
      "numbers typed as text in both locales",
      {
        numbers: (n, i) =>
          i % 3 === 0 ? n.toFixed(2) : i % 3 === 1 ? n.toFixed(2).replace(".", ",") : n,
      },
    ],
    ["extra blank columns", { blankColumnsAt: [1, 4] }],
    ["headers repeated at page breaks", { repeatHeaderEvery: 7 }],
    ["OEI section rows inside the data", { sectionRows: true }],
    ["ragged rows (trailing blank cells dropped)", { ragged: true }],
    ["a title block above the table", { title: true }],
  ])("%s", (_, messy) => {
    expect(results(laresRows(messy))).toEqual(baseline);
  });

  it("codes are reported normalised (IND.01.AEI.10.01 from «IND.01 AEI.10.01»)", () => {
    const r = results(laresRows({ codes: (c) => c.replace("IND.01.AEI", "IND.01 AEI") }));
    expect(r.has("IND.01.AEI.10.01")).toBe(true);
  });
});

describe("EMSAPUNO ficha variants (poi-programacion)", () => {
  const ficha = emsapuno.fichas.find((f) =>
    f.labels.ficha?.startsWith("FP 11")
  ) as (typeof emsapuno.fichas)[number];
  const value = (t: string): CellValue => (t === "" ? null : Number(t.replace(/,/g, "")));

  function fichaRows(sub: CellValue[]): CellValue[][] {
    return [
      ["Unidad Orgánica : Subgerencia de Medición y Facturación"],
      ["Ficha de Proceso : FP 11 FACTURACIÓN"],
      [],
      FICHA_HEADER,
      [null, null, null, null, null, null, null, ...sub],
      ...ficha.activities.map((a) => fichaActivityRow(a, value)),
    ];
  }
  const letters = FICHA_SUBHEADER.slice(7) as string[];

  it("month letters are mapped by position (M = marzo then mayo, J = junio then julio)", () => {
    const [m] = detectMatrices(sheetOf(fichaRows(letters)));
    expect(m?.kind).toBe("poi-programacion");
    expect(m?.header.columns.months).toEqual([7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21]);
    expect(m?.header.columns.quarters).toEqual([10, 14, 18, 22]);
    expect(m?.ficha?.labels.ficha?.value).toBe("FP 11 FACTURACIÓN");
  });

  it("a header that drops the month letters after the first quarter still maps the months", () => {
    const dropped = letters.map((l, i) => (i > 3 && l.length === 1 ? null : l));
    const [m] = detectMatrices(sheetOf(fichaRows(dropped)));
    expect(m?.header.columns.months).toEqual([7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21]);
  });

  it("finds the Facturación Q2 error whatever the header variant", () => {
    for (const sub of [letters, letters.map((l, i) => (i > 3 && l.length === 1 ? null : l))]) {
      const report = checkSheet(sheetOf(fichaRows(sub)), {
        scale: PERIOD_CHOICE,
        maxFindings: 200,
      });
      const f = report.matrices[0]?.findings.filter(
        (x) => x.rule === "V4.trimestre" && x.severity === "error"
      );
      expect(f?.map((x) => x.cell)).toEqual(["O6"]);
    }
  });
});
