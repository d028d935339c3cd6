import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { CheckReport } from "../../src/core/report/checkReport";
import { findNearMiss } from "../../src/core/pipeline/nearMiss";
import { sheetOf } from "../support/grid";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "semaforo-borrador-"));

/** A budget sheet whose «Ejecutado S/» the vocabulary does not take for the devengado. */
async function budgetBook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Gasto");
  ws.addRow(["Ejecución del gasto 2025"]);
  ws.addRow(["Específica", "PIA", "PIM", "Ejecutado S/", "Avance %"]);
  ws.addRow(["2.3.1.5.1.2 Papelería", 1000, 1200, 600, 50]);
  ws.addRow(["2.3.2.7.1.1 Consultorías", 5000, 4000, 4400, 110]);
  const file = join(dir, "gasto.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("a near-miss comes with a map to correct (issue 24, point 5)", () => {
  it("prints a draft map that --columnas takes back as one object once the missing role is set", async () => {
    const book = await budgetBook();
    const report = JSON.parse((await runCli("check", book, "--json")).stdout) as CheckReport;
    const near = report.files[0]?.sheets[0]?.nearMiss;
    expect(near?.message).toContain("le falta «Devengado»");
    expect(near?.borrador).toEqual({
      hoja: "Gasto",
      tipo: "presupuesto-ejecucion",
      encabezado: { desde: 2, hasta: 2 },
      columnas: { A: "partida", C: "pim", E: "avance" },
    });
    // The near-miss is a warning everywhere: listed and counted.
    expect(report.totals.warnings).toBe(1);
    const edited = { ...near?.borrador, columnas: { ...near?.borrador?.columnas, D: "devengado" } };
    const map = join(dir, "borrador.json");
    writeFileSync(map, JSON.stringify(edited));
    const after = JSON.parse(
      (await runCli("check", book, "--json", "--columnas", map)).stdout
    ) as CheckReport;
    const m = after.files[0]?.sheets[0]?.matrices[0];
    expect(m?.kind).toBe("presupuesto-ejecucion");
    expect(m?.groups.map((g) => [g.rule, g.cells])).toEqual([["V13.devengado-sobre-pim", ["D4"]]]);
  });

  it("the summary of --formato xlsx counts what it lists, the near-miss included", async () => {
    const book = await budgetBook();
    const out = join(dir, "obs.xlsx");
    const r = await runCli("check", book, "--formato", "xlsx", "-o", out);
    expect(r.stdout).toBe(
      `Se escribió ${out}: 1 observación (0 errores, 1 advertencia, 0 avisos).`
    );
    const text = await runCli("check", book);
    expect(text.stdout).toContain("0 errores, 1 advertencia, 0 avisos.");
    const lines = await runCli("check", book, "--formato", "lineas");
    expect(lines.stdout.split("\n").filter((l) => / advertencia /.test(l))).toHaveLength(1);
  });

  it("never names a data row as the header, however many header words it holds", () => {
    const rows = [
      ["Código", "Actividad", "Observación"],
      ["AO-01", "Conducción", "Sin observación"],
      ["AO-02", "Planeamiento", 12, 3, 15],
      ["Actividad operativa", "Unidad de medida", "Meta", "Responsable", "Total"],
    ];
    expect(findNearMiss(sheetOf(rows))).toBeNull();
    const header = [["Actividad operativa", "Unidad de medida", "Meta", "Responsable"], ...rows];
    expect(findNearMiss(sheetOf(header))?.row).toBe(1);
  });
});
