import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CheckReport } from "../../src/core/report/checkReport";
import type { MatrixReport } from "../../src/core/check/checkSheets";
import { formatLines, sheetRef } from "../../src/cli/formatLines";
import {
  NEAR_MISS_RULE,
  observationsOf,
  UNREADABLE_RULE,
} from "../../src/core/report/observations";
import { neutralize, REPORT_HEADERS, toCsv } from "../../src/cli/reportCsv";
import { writeObservationsXlsx } from "../../src/cli/reportXlsx";
import { toJsonReport } from "../../src/cli/reportJson";
import { formatCheck } from "../../src/cli/formatCheck";
import { wantsColor } from "../../src/cli/ansi";
import { ruleMeta } from "../../src/core/rules/registry";
import { reportGroupsOf } from "../../src/core/check/groupMessage";
import type { Finding } from "../../src/core/check/findings";

const matrix = (over: Partial<MatrixReport>): MatrixReport => ({
  kind: "poi-programacion",
  label: "Programación POI por ficha",
  header: "A5:T6",
  rows: 3,
  confidence: 0.9,
  period: "anual",
  scale: "CEPLAN_ANUAL",
  levels: ["Malo", "Regular", "Bueno", "Sin dato"],
  findings: [],
  omitted: {},
  groups: [],
  counts: { errors: 0, warnings: 0, infos: 0 },
  results: [],
  columnas: {
    hoja: "Ficha 3",
    tipo: "poi-programacion",
    encabezado: { desde: 5, hasta: 6 },
    columnas: { A: "codigo" },
  },
  ...over,
});

/** Five sums wrong in H12:H16 (one rule and cause) and a text number in C7. */
const FINDINGS: Finding[] = [
  {
    rule: "V4.trimestre",
    severity: "error",
    cell: "H12",
    message: 'El subtotal "I Trimestre" (12) no es la suma, 10',
    cause: "suma",
  },
  { rule: "N2.texto", severity: "info", cell: "C7", message: "=HYPERLINK(x)", cause: "texto" },
  ...[13, 14, 15, 16].map((r): Finding => ({
    rule: "V4.trimestre",
    severity: "error",
    cell: `H${r}`,
    message: "otra suma",
    cause: "suma",
  })),
];

/**
 * A report with two files: one read with two groups (five sums wrong, one left out by the cap,
 * and a text number) and a sheet whose header was not recognised; one unreadable.
 */
const REPORT: CheckReport = {
  files: [
    {
      file: "poi/ficha 3.xlsx",
      sheets: [
        {
          name: "Ficha 3",
          matrices: [
            matrix({
              ficha: { unidadOrganica: "Gerencia de Desarrollo Social" },
              findings: FINDINGS.slice(0, 2),
              omitted: { "V4.trimestre": 4 },
              groups: reportGroupsOf([...FINDINGS].sort((a, b) => a.cell.localeCompare(b.cell))),
            }),
          ],
        },
        {
          name: "Notas",
          matrices: [],
          nearMiss: {
            row: 4,
            recognised: [],
            kind: "Programación POI por ficha",
            kindId: "poi-programacion",
            missing: ["Actividad operativa"],
            message: "la fila 4 parece el encabezado de una matriz",
          },
        },
      ],
    },
    { file: "dañado.xlsx", error: "el archivo no es un libro de Excel válido.", sheets: [] },
  ],
  totals: { errors: 5, warnings: 0, infos: 1, unreadable: 1 },
};

describe("observations (one row per group of findings)", () => {
  it("flattens groups with file, sheet, count, rule description and unidad; adds the unreadable rows", () => {
    const rows = observationsOf(REPORT);
    expect(rows.map((r) => [r.file, r.sheet, r.cell, r.count, r.severity, r.rule])).toEqual([
      ["poi/ficha 3.xlsx", "Ficha 3", "C7", 1, "info", "N2.texto"],
      ["poi/ficha 3.xlsx", "Ficha 3", "H12:H16", 5, "error", "V4.trimestre"],
      ["poi/ficha 3.xlsx", "Notas", "4:4", 1, "warning", NEAR_MISS_RULE],
      ["dañado.xlsx", "", "", 1, "error", UNREADABLE_RULE],
    ]);
    expect(rows[1]?.ruleDescription).toBe("El subtotal trimestral es la suma de sus meses");
    expect(rows[1]?.unidad).toBe("Gerencia de Desarrollo Social");
    expect(rows[1]?.fix).toBe(ruleMeta("V4.trimestre")?.fix);
    expect(rows[1]?.fix.length).toBeGreaterThan(10);
    expect(rows[1]?.message).toBe(
      "5 subtotales trimestrales que no son la suma de sus meses (H12:H16)."
    );
    expect(rows[0]?.message).toBe("=HYPERLINK(x)");
    expect(rows[2]?.message).toBe(
      "No se detectó ninguna matriz: la fila 4 parece el encabezado de una matriz"
    );
    expect(rows[3]?.message).toContain("no es un libro de Excel válido");
  });
});

describe("one line per group of findings", () => {
  it("writes archivo:Hoja!Rango  gravedad  regla  mensaje, quoting sheet names like Excel", () => {
    const lines = formatLines(observationsOf(REPORT)).split("\n");
    expect(lines[1]).toBe(
      "poi/ficha 3.xlsx:'Ficha 3'!H12:H16  error        V4.trimestre  " +
        "5 subtotales trimestrales que no son la suma de sus meses (H12:H16)."
    );
    expect(lines[2]).toMatch(
      /^poi\/ficha 3\.xlsx:Notas!4:4 {2}advertencia {2}encabezado-no-reconocido/
    );
    expect(lines[3]).toMatch(/^dañado\.xlsx {2}error {8}archivo-ilegible {2}No se pudo leer/);
    expect(sheetRef("Tabla3")).toBe("Tabla3");
    expect(sheetRef("O'Higgins 2")).toBe("'O''Higgins 2'");
  });

  it("colours only when asked (a terminal), in the lines and in the grouped text", () => {
    const rows = observationsOf(REPORT);
    expect(formatLines(rows)).not.toContain("\u001b[");
    expect(formatLines(rows, true)).toContain("\u001b[31merror");
    expect(formatCheck(REPORT)).not.toContain("\u001b[");
    expect(formatCheck(REPORT, true)).toContain("\u001b[31m✖\u001b[0m");
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
});

describe("CSV report", () => {
  it("has a BOM, the Spanish header, CRLF rows, RFC 4180 quoting and no formulas", () => {
    const csv = toCsv(observationsOf(REPORT));
    expect(csv.startsWith("\uFEFFN.º,Archivo,Hoja,Celda,Gravedad,Regla,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(1 + 4 + 1); // header, four rows, final empty
    expect(lines[0]?.endsWith(",Unidad orgánica,Casos")).toBe(true);
    expect(lines[2]).toContain(",H12:H16,error,V4.trimestre,");
    expect(lines[2]?.endsWith(",Gerencia de Desarrollo Social,5")).toBe(true);
    expect(lines[1]).toContain(",'=HYPERLINK(x),");
    expect(neutralize("-5")).toBe("'-5");
    expect(neutralize("Logro 5")).toBe("Logro 5");
  });
});

describe("xlsx report", () => {
  it("one sheet «Observaciones»: the header, then one row per group, filterable", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "semaforo-obs-")), "observaciones.xlsx");
    await writeObservationsXlsx(observationsOf(REPORT), file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Observaciones"]);
    const ws = wb.getWorksheet("Observaciones") as ExcelJS.Worksheet;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual([...REPORT_HEADERS]);
    expect(ws.rowCount).toBe(5);
    expect(values(3).slice(0, 6)).toEqual([
      2,
      "poi/ficha 3.xlsx",
      "Ficha 3",
      "H12:H16",
      "error",
      "V4.trimestre",
    ]);
    expect(ws.getCell("K3").value).toBe(5);
    expect(ws.getCell("H2").value).toBe("=HYPERLINK(x)"); // text, not a formula
    expect(ws.getCell("H2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.autoFilter).toBeTruthy();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("JSON document", () => {
  it("has schemaVersion 2: a group per rule and cause names its file and sheet and keeps every cell", () => {
    const doc = toJsonReport(REPORT);
    expect(Object.keys(doc)).toEqual(["schemaVersion", "files", "totals"]);
    expect(doc.schemaVersion).toBe(2);
    const m = doc.files[0]?.sheets[0]?.matrices[0];
    expect(m).not.toHaveProperty("findings");
    expect(m).not.toHaveProperty("omitted");
    expect(m?.groups[1]).toEqual({
      file: "poi/ficha 3.xlsx",
      sheet: "Ficha 3",
      rule: "V4.trimestre",
      severity: "error",
      cause: "suma",
      count: 5,
      message: "5 subtotales trimestrales que no son la suma de sus meses (H12:H16).",
      ranges: ["H12:H16"],
      cells: ["H12", "H13", "H14", "H15", "H16"],
    });
    const cells = m?.groups.reduce((n, g) => n + g.count, 0);
    expect(cells).toBe(doc.totals.errors + doc.totals.infos);
  });
});
