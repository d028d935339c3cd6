import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli";
import { PLANTED, peiSheet, poiSheet } from "../support/articulationFixtures";
import { writeSheetsXlsx } from "../support/cutFixtures";
import { samplePath } from "../support/samples";

interface Json {
  files: {
    file: string;
    sheets: {
      name: string;
      matrices: {
        groups: { rule: string; cells: string[]; message: string; messages?: string[] }[];
      }[];
    }[];
  }[];
}

/** A group's cells as one finding each, with its own message (JSON schemaVersion 2). */
const findingsOf = (m: Json["files"][number]["sheets"][number]["matrices"][number]) =>
  m.groups.flatMap((g) =>
    g.cells.map((cell, i) => ({ rule: g.rule, cell, message: g.messages?.[i] ?? g.message }))
  );

const dir = mkdtempSync(join(tmpdir(), "semaforo-articulacion-"));
const at = (name: string) => join(dir, name);

/** Every V15 finding as «file:Sheet!Cell rule». */
function articulation(json: Json): string[] {
  return json.files.flatMap((f) =>
    f.sheets.flatMap((s) =>
      s.matrices.flatMap((m) =>
        findingsOf(m)
          .filter((x) => x.rule.startsWith("V15."))
          .map((x) => `${f.file.slice(dir.length + 1)}:${s.name}!${x.cell} ${x.rule}`)
      )
    )
  );
}

async function check(...args: string[]) {
  const r = await runCli("check", "--json", ...args);
  expect(r.stderr).toBe("");
  return articulation(JSON.parse(r.stdout) as Json);
}

describe("POI ↔ PEI articulation in `check`", () => {
  beforeAll(async () => {
    await writeSheetsXlsx([peiSheet(), poiSheet()], at("libro-ok.xlsx"));
    await writeSheetsXlsx([peiSheet(), poiSheet([PLANTED])], at("libro-plantado.xlsx"));
    await writeSheetsXlsx([peiSheet("PEI", true)], at("pei.xlsx"));
    await writeSheetsXlsx([poiSheet([], "POI UE 127")], at("poi-127.xlsx"));
    await writeSheetsXlsx([poiSheet([PLANTED], "POI UE 128")], at("poi-128.xlsx"));
  });

  it("within one workbook: nothing on different spellings of the same codes", async () => {
    expect(await check(at("libro-ok.xlsx"))).toEqual([]);
  });

  it("within one workbook: the planted AO under a missing AEI, at its cell", async () => {
    expect(await check(at("libro-plantado.xlsx"))).toEqual([
      "libro-plantado.xlsx:POI!H10 V15.articulacion",
    ]);
  });

  it("across files with --pei: each POI against the PEI, then the PEI's AEI without AO", async () => {
    expect(await check("--pei", at("pei.xlsx"), at("poi-127.xlsx"), at("poi-128.xlsx"))).toEqual([
      "poi-128.xlsx:POI UE 128!H10 V15.articulacion",
      "pei.xlsx:PEI!A8 V15.articulacion-sin-ao",
    ]);
  });

  it("the Lares samples: the POI report's AEI rows are checked against the PEI", async () => {
    const r = await runCli(
      "check",
      "--json",
      "--pei",
      samplePath("lares-pei-2025-s1.xlsx"),
      samplePath("lares-poi-2025-s1.xlsx")
    );
    const json = JSON.parse(r.stdout) as Json;
    const found = json.files.flatMap((f) =>
      f.sheets.flatMap((s) =>
        s.matrices.flatMap((m) => findingsOf(m).filter((x) => x.rule.startsWith("V15.")))
      )
    );
    // AEI.03.04, 04.01 and 04.02 are in the PEI (no error); 03.04's name differs only by the
    // PEI's «(Prioridad:4)»; 04.01 and 04.02 carry other AEI's names in this POI.
    expect(found.filter((x) => x.rule === "V15.articulacion")).toEqual([]);
    expect(found.filter((x) => x.rule === "V15.articulacion-nombre").map((x) => x.cell)).toEqual([
      "A13",
      "A14",
    ]);
    const sinAo = found.filter((x) => x.rule === "V15.articulacion-sin-ao");
    expect(sinAo.some((x) => x.message.includes("AEI.03.04"))).toBe(false);
    expect(sinAo.some((x) => x.message.includes("AEI.01.01"))).toBe(true);
  });

  it("EMSAPUNO's POI fichas and its PEI in one workbook: «AEI. 01.01» is «AEI.01.01 :»", async () => {
    const r = await runCli("check", "--json", samplePath("emsapuno-poi-2024.xlsx"));
    const json = JSON.parse(r.stdout) as Json;
    const found = json.files[0]!.sheets.flatMap((s) =>
      s.matrices.flatMap((m) =>
        findingsOf(m)
          .filter((x) => x.rule.startsWith("V15."))
          .map((x) => ({ sheet: s.name, ...x }))
      )
    );
    // Every AEI a ficha cites is in the PEI sheet, written another way: no error.
    expect(found.filter((x) => x.rule === "V15.articulacion")).toEqual([]);
    // Names that really differ («Implementación» / «Actualización del catastro comercial…»).
    const names = found.filter((x) => x.rule === "V15.articulacion-nombre");
    expect(names.map((x) => x.cell)).toEqual(["C83", "C156", "C246", "C269", "C337", "C387"]);
    expect(names[2]!.message).toContain("(«Actualización del catastro comercial de agua");
    // The PEI's AEI that no ficha cites, at the PEI sheet's code cells.
    const sinAo = found.filter((x) => x.rule === "V15.articulacion-sin-ao");
    expect(sinAo.map((x) => /AEI\.\d\d\.\d\d/.exec(x.message)?.[0])).toEqual(
      "05.01 05.03 06.01 06.02 06.06 06.07 06.09 07.02 07.03 07.04 07.05 07.08 07.09"
        .split(" ")
        .map((c) => `AEI.${c}`)
    );
    expect(new Set(sinAo.map((x) => x.sheet))).toEqual(new Set(["PEI 2023-2025"]));
  });

  it("a POI checked alone and a PEI checked alone get no articulation finding", async () => {
    expect(await check(at("poi-128.xlsx"), at("pei.xlsx"))).toEqual([]);
  });

  it("--pei with a workbook without a PEI is refused in Spanish", async () => {
    const r = await runCli("check", "--pei", at("poi-127.xlsx"), at("poi-128.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no se encontró ninguna matriz del PEI");
  });
});
