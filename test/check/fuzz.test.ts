import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../src/core/check/checkSheets";
import { parseRangeA1 } from "../../src/core/sheet/address";
import type { CellValue, MergedRange, SheetData } from "../../src/core/sheet/sheetData";
import { LARES } from "../fixtures/lares";
import emsapuno from "../fixtures/emsapuno-poi-2024.json";
import { seededRandom, type Rng } from "../support/random";
import { sheetOf } from "../support/grid";
import { FICHA_HEADER, FICHA_SUBHEADER, fichaActivityRow } from "../../scripts/lib/ficha-layout";

const VOCAB = [
  "Código",
  "Denominación",
  "Indicador",
  "Unidad de Medida",
  "Logro Esperado",
  "Valores Obtenidos",
  "Avance Tipo I (%)",
  "Número",
  "Actividad Operativa / Inversiones",
  "Responsable",
  "Fecha de Inicio",
  "Fecha de finalización",
  "Meta",
  "Programación Mensual",
  "I Trimestre",
  "II Trimestre",
  "E",
  "F",
  "M",
  "A",
  "J",
  "Cantidad Anual programada",
  "PROGRAMADO",
  "EJECUTADO",
  "Tipo de Acumulación",
  "No Acumulado",
  "F(RE) 01",
  "F(SE) 01",
  "2025",
  "2025 - Sem1",
  "Línea Base",
  "Año",
  "Valor",
  "Sentido Esperado",
  "Ascendente",
  "AEI.01.01",
  "IND.01.AEI.01.01",
  "OEI.01",
  "Total",
  "Unidad Orgánica : Gerencia",
  "Ficha de Proceso : FP 01",
  "Enero",
  "Diciembre",
  "Objetivo Estratégico Institucional",
  "Acción Estratégica Institucional",
];

function junk(rng: Rng): CellValue {
  switch (rng.int(0, 11)) {
    case 0:
      return null;
    case 1:
      return rng.pick(VOCAB);
    case 2:
      return rng.next() * 1e6;
    case 3:
      return rng.pick([1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, 1e-300]);
    case 4:
      return rng.pick([true, false]);
    case 5:
      return new Date(Date.UTC(2024, rng.int(0, 11), rng.int(1, 28)));
    case 6:
      return { error: rng.pick(["#N/A", "#VALUE!", "#DIV/0!", "#REF!"]) };
    case 7:
      return rng.pick(["=SUM(A1:A9)", "=PLAN.AVANCE_TIPO1(E13,D13)", "#¡VALOR!"]);
    case 8:
      return "x".repeat(rng.int(0, 3000));
    case 9:
      return rng.pick([
        "3,047.00",
        "1.295,60",
        "88.7 %",
        "S/ 1 200",
        "nd",
        "—",
        "1,2,3",
        "'000127",
      ]);
    case 10:
      return rng.pick([
        "AEI. 08.05",
        "IND.01 AEI.10.01",
        "AOI00012700428",
        "AC0307110001",
        "OEI 1",
        "AEI.1",
      ]);
    default:
      return rng.int(-5, 500);
  }
}

function laresGrid(): CellValue[][] {
  const rows: CellValue[][] = [
    [
      "Código",
      "Denominación",
      "Unidad de Organización",
      "Logro Esperado",
      "Valores Obtenidos",
      "Avance Tipo I (%)",
    ],
    [null, null, null, "2025", "2025 - Sem1", "2025 - Sem1"],
  ];
  for (const r of LARES.rows) {
    rows.push(
      [r.code, r.code, null, null, null, r.printed],
      [r.indicator, r.indicator, r.unidad, r.le, r.vo, r.printed]
    );
  }
  return rows;
}

function fichaGrid(rng: Rng): CellValue[][] {
  const f = rng.pick(emsapuno.fichas);
  return [
    [`Ficha de Proceso : ${f.labels.ficha ?? ""}`],
    FICHA_HEADER,
    FICHA_SUBHEADER,
    ...f.activities.map((a) => fichaActivityRow(a, (t) => t)),
  ];
}

function mutate(rows: CellValue[][], rng: Rng): CellValue[][] {
  const grid = rows.map((r) => [...r]);
  const n = rng.int(0, 40);
  for (let k = 0; k < n; k++) {
    const r = rng.int(0, grid.length - 1);
    const row = grid[r] as CellValue[];
    switch (rng.int(0, 6)) {
      case 0:
        row[rng.int(0, Math.max(0, row.length - 1))] = null;
        break; // delete a cell
      case 1:
        row[rng.int(0, row.length + 3)] = junk(rng);
        break; // junk types
      case 2:
        grid.splice(rng.int(0, grid.length), 0, [...(grid[rng.int(0, grid.length - 1)] ?? [])]);
        break; // duplicate a row
      case 3: {
        const a = rng.int(0, row.length - 1);
        const b = rng.int(0, row.length - 1);
        [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
        break;
      } // shuffle
      case 4:
        row[rng.int(0, row.length - 1)] = rng.pick(VOCAB);
        break; // rename
      case 5:
        grid.splice(r, 1);
        break; // delete a row
      default:
        row.length = rng.int(0, row.length); // ragged
    }
    if (grid.length === 0) grid.push([]);
  }
  return grid;
}

function randomGrid(rng: Rng): CellValue[][] {
  return Array.from({ length: rng.int(0, 30) }, () =>
    Array.from({ length: rng.int(0, 30) }, () => junk(rng))
  );
}

function randomMerges(rows: CellValue[][], rng: Rng): MergedRange[] {
  return Array.from({ length: rng.int(0, 4) }, () => {
    const top = rng.int(0, Math.max(0, rows.length - 1));
    const left = rng.int(0, 20);
    return { top, left, bottom: top + rng.int(0, 2), right: left + rng.int(0, 15) };
  });
}

describe("fuzz: detection and validation on 10,000 random and mutated grids", () => {
  it("never throw, and every finding and result lies inside the sheet", () => {
    const rng = seededRandom(4242);
    const lares = laresGrid();
    let matrices = 0;
    let findings = 0;
    const outside: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const base = i % 3 === 0 ? lares : i % 3 === 1 ? fichaGrid(rng) : randomGrid(rng);
      const rows = i % 3 === 2 ? base : mutate(base, rng);
      const sheet = sheetOf(rows, `Hoja${i}`, randomMerges(rows, rng));
      const report = checkSheet(sheet, { scale: PERIOD_CHOICE, maxFindings: 50 });
      const lastRow = rows.length - 1;
      const lastCol = Math.max(columnCount(sheet) - 1, 0);
      for (const m of report.matrices) {
        matrices++;
        const cells = [...m.findings.map((f) => f.cell), ...m.results.map((r) => r.cell), m.header];
        for (const cell of cells) {
          findings++;
          const range = parseRangeA1(cell);
          if (!range || range.bottom > lastRow || range.right > lastCol)
            outside.push(`${cell} (grid ${i})`);
        }
        for (const f of m.findings) {
          if (f.message.length < 10) outside.push(`empty message at ${f.cell} (grid ${i})`);
        }
      }
    }
    expect(outside.slice(0, 10)).toEqual([]);
    // The mutated real tables keep being recognised, so the fuzz exercises the rules, not only the scan.
    expect(matrices).toBeGreaterThan(5000);
    expect(findings).toBeGreaterThan(50_000);
    // 10,000 grids: minutes on a loaded shared machine; this is not a timing test.
  }, 180_000);
});

function columnCount(sheet: SheetData): number {
  let max = 0;
  for (const row of sheet.rows) if (row && row.length > max) max = row.length;
  return max;
}
