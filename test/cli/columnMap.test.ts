import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { CheckReport } from "../../src/core/report/checkReport";
import { samplePath } from "../support/samples";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "semaforo-columnas-"));
const matricesOf = (r: CheckReport) =>
  r.files.flatMap((f) => f.sheets.flatMap((s) => s.matrices.map((m) => ({ sheet: s.name, m }))));

describe("--columnas: the planner's column map", () => {
  it.each(["lares-pei-2025-s1.xlsx", "emsapuno-poi-2024.xlsx", "lares-poi-2025-s1.xlsx"])(
    "round-trips what check --json printed for %s: same matrices, findings and results",
    async (name) => {
      const first = await runCli("check", samplePath(name), "--json");
      const report = JSON.parse(first.stdout) as CheckReport;
      const file = join(dir, `${name}.json`);
      writeFileSync(file, first.stdout);
      const again = JSON.parse(
        (await runCli("check", samplePath(name), "--json", "--columnas", file)).stdout
      ) as CheckReport;
      const strip = (x: ReturnType<typeof matricesOf>) =>
        x.map(({ sheet, m }) => ({
          sheet,
          kind: m.kind,
          findings: m.findings,
          results: m.results,
          columnas: m.columnas,
        }));
      expect(matricesOf(report).length).toBeGreaterThan(0);
      expect(strip(matricesOf(again))).toEqual(strip(matricesOf(report)));
    }
  );

  it("a header the vocabulary does not know is read with the map the planner wrote", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Indicadores");
    ws.addRow(["Cód.", "Nombre del indicador", "Programado 2025", "Alcanzado 2025"]);
    ws.addRow(["AEI.03.01", "Infraestructura de riego"]);
    ws.addRow(["IND.01.AEI.03.01", "Superficie con riego tecnificado", 46.36, 42.72]);
    const book = join(dir, "propio.xlsx");
    await wb.xlsx.writeFile(book);
    const before = JSON.parse((await runCli("check", book, "--json")).stdout) as CheckReport;
    expect(matricesOf(before)).toEqual([]);
    const map = join(dir, "mapa.json");
    writeFileSync(
      map,
      JSON.stringify([
        {
          hoja: "Indicadores",
          tipo: "pei-seguimiento",
          encabezado: { desde: 1, hasta: 1 },
          columnas: { A: "codigo", B: "denominacion", C: "logro:2025", D: "valor:2025" },
        },
      ])
    );
    const after = JSON.parse(
      (await runCli("check", book, "--json", "--columnas", map)).stdout
    ) as CheckReport;
    const [found] = matricesOf(after);
    expect(found?.m.kind).toBe("pei-seguimiento");
    expect(found?.m.results.map((x) => [x.code, x.value])).toEqual([
      ["AEI.03.01", 92.15],
      ["IND.01.AEI.03.01", 92.15],
    ]);
  });

  it.each([
    [
      [{ hoja: "X", tipo: "pei-otro", encabezado: { desde: 1, hasta: 1 }, columnas: {} }],
      "mapa 1 (tipo)",
    ],
    [
      [
        {
          hoja: "X",
          tipo: "pei-matriz",
          encabezado: { desde: 1, hasta: 1 },
          columnas: { B: "logro2025" },
        },
      ],
      "mapa 1 (columnas › B): el papel «logro2025» no existe.",
    ],
    [
      [{ hoja: "X", tipo: "pei-matriz", encabezado: { desde: 3, hasta: 1 }, columnas: {} }],
      "mapa 1 (encabezado)",
    ],
    [{ otra: 1 }, "no contiene mapas de columnas"],
  ])("a wrong map is refused in Spanish, naming the entry (%#)", async (value, message) => {
    const file = join(dir, `malo-${Math.random()}.json`);
    writeFileSync(file, JSON.stringify(value));
    const r = await runCli("check", samplePath("lares-pei-2025-s1.xlsx"), "--columnas", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
