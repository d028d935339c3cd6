import { describeRanges } from "../../src/core/check/findingGroups";
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { REPORT_HEADERS } from "../../src/cli/reportCsv";
import type { toJsonReport } from "../../src/cli/reportJson";
import { samplePath } from "../support/samples";
import { libreOfficeBinary } from "./support/libreoffice";

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += c;
  }
  if (field || row.length) endRow();
  return rows;
}

describe("check --formato xlsx, opened by LibreOffice", () => {
  it("LibreOffice reads the header and one row per group of findings, the same as the JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semaforo-obs-e2e-"));
    const samples = join(samplePath("lares-pei-2025-s1.xlsx"), "..");
    const report = join(dir, "observaciones.xlsx");
    const quiet = { out: () => undefined, err: () => undefined };
    await main(["check", samples, "--formato", "xlsx", "-o", report], quiet);
    let json = "";
    await main(["check", samples, "--json"], { out: (t) => (json = t), err: () => undefined });
    const doc = JSON.parse(json) as ReturnType<typeof toJsonReport>;
    const findings = doc.files.flatMap((f) =>
      f.sheets.flatMap((s) =>
        s.matrices.flatMap((m) => m.groups.map((g) => ({ ...g, cell: describeRanges(g.ranges) })))
      )
    );

    const outDir = join(dir, "csv");
    const profile = join(dir, "profile");
    mkdirSync(profile);
    execFileSync(
      libreOfficeBinary(),
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        outDir,
        report,
      ],
      { stdio: "pipe", timeout: 240_000 }
    );
    const rows = parseCsv(readFileSync(join(outDir, "observaciones.csv"), "utf8"));
    expect(rows[0]).toEqual([...REPORT_HEADERS]);
    expect(findings.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(findings.length + 1);
    findings.forEach((f, i) => {
      expect(rows[i + 1]?.slice(0, 4), `fila ${i + 2}`).toEqual([
        String(i + 1),
        f.file,
        f.sheet,
        f.cell,
      ]);
      expect(rows[i + 1]?.[5]).toBe(f.rule);
      expect(rows[i + 1]?.[7]).toBe(f.message);
      expect(rows[i + 1]?.[10]).toBe(String(f.count));
    });
  });
});
