import { describeRanges } from "../../src/core/check/findingGroups";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./runCli";
import { samplePath } from "../support/samples";
import { main } from "../../src/cli/main";
import type { toJsonReport } from "../../src/cli/reportJson";

let dir: string;
let input: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-report-"));
  input = join(dir, "lares-pei-2025-s1.xlsx");
  copyFileSync(samplePath("lares-pei-2025-s1.xlsx"), input);
});

/** Every group of findings of the JSON document, in order, with its cell as the reports write it. */
async function jsonFindings() {
  const r = await runCli("check", input, "--json");
  const doc = JSON.parse(r.stdout) as ReturnType<typeof toJsonReport>;
  return doc.files.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.matrices.flatMap((m) =>
        m.groups.map((g) => ({ ...g, cell: describeRanges(g.ranges), at: g.ranges[0] }))
      )
    )
  );
}

describe("semaforo --version", () => {
  it("prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8"));
    for (const flag of ["--version", "-V"]) {
      const r = await runCli(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`semaforo ${version}`);
    }
  });
});

describe("semaforo check --formato", () => {
  it("xlsx -o writes one row per group, the same groups as the JSON, at the same cells", async () => {
    const out = join(dir, "observaciones.xlsx");
    const r = await runCli("check", input, "--formato", "xlsx", "-o", out);
    expect(r.code).toBe((await runCli("check", input, "--json")).code); // same exit code
    const findings = await jsonFindings();
    expect(r.stdout).toMatch(
      new RegExp(`^Se escribió ${out}: ${findings.length} observaciones \\(\\d+ errore?s?, `)
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Observaciones") as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(findings.length + 1);
    findings.forEach((f, i) => {
      const row = ws.getRow(i + 2);
      expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([
        f.file,
        f.sheet,
        f.cell,
      ]);
      expect(row.getCell(6).value).toBe(f.rule);
      expect(row.getCell(11).value).toBe(f.count);
    });
  });

  it("lineas prints one line per group that names file, sheet and first range", async () => {
    const r = await runCli("check", input, "--formato", "lineas");
    const findings = await jsonFindings();
    const lines = r.stdout.split("\n");
    expect(lines).toHaveLength(findings.length);
    expect(lines[0]).toContain(`${input}:'${findings[0]?.sheet}'!${findings[0]?.at}  `);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("csv goes to the standard output, or to -o", async () => {
    const r = await runCli("check", input, "--formato", "csv");
    const findings = await jsonFindings();
    expect(r.stdout.split("\r\n")).toHaveLength(findings.length + 1);
    const out = join(dir, "observaciones.csv");
    await runCli("check", input, "--formato", "csv", "-o", out);
    expect(readFileSync(out, "utf8")).toBe(`${r.stdout}\r\n`);
  });

  it("colours the text report only when the output is a terminal", async () => {
    const captured: string[] = [];
    const io = { out: (t: string) => captured.push(t), err: () => undefined, color: true };
    await main(["check", input], io);
    expect(captured.join("\n")).toContain("\u001b[");
    const plain = await runCli("check", input);
    expect(plain.stdout).not.toContain("\u001b[");
  });

  it.each([
    [["--formato", "xlsx"], "Con --formato xlsx indique el archivo: -o observaciones.xlsx."],
    [["--formato", "pdf"], "--formato debe ser texto, lineas, json, csv, xlsx"],
    [["--json", "--formato", "csv"], "--json y --formato csv se contradicen"],
    [["--formato", "xlsx", "-o", "informe.csv"], "El informe xlsx debe terminar en .xlsx"],
  ])("refuses %j in Spanish with exit code 2", async (flags, message) => {
    const r = await runCli("check", input, ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("says in Spanish when the report cannot be written", async () => {
    const out = join(dir, "no-existe", "observaciones.xlsx");
    const r = await runCli("check", input, "--formato", "xlsx", "-o", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No se pudo escribir ${out}:`);
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over a checked file", async () => {
    const before = readFileSync(input);
    const r = await runCli("check", input, "--formato", "lineas", "-o", input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("es uno de los archivos revisados");
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(`${input}.tmp`)).toBe(false);
  });
});
