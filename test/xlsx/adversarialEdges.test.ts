import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { APPLY_DEFAULTS, NATIVE_WITH_SUMMARY } from "../support/planOptions";
import { samplePath } from "../support/samples";
import { craftedWorkbook, PEI_ROWS } from "./support/craftedWorkbook";
import { changedParts, partsOf } from "./support/parts";

// Edge cases found by scripts/adversarial-apply.js.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "semaforo-adversarial-"));
});

describe("quitar after apply --formulas libro into a planner's styled empty cell", () => {
  it("gives the cell back without the dynamic-array pointer (cm) apply gave it", async () => {
    // The planner styled E2 (where apply writes the first AVANCE_TIPO1 call) but left it empty.
    const rows = PEI_ROWS.replace(
      "<v>42.72</v></c></row>",
      '<v>42.72</v></c><c r="E2" s="0"/></row>'
    );
    const input = join(dir, "estilo.xlsx");
    writeFileSync(input, await craftedWorkbook(`<sheetData>${rows}</sheetData>`));
    const output = join(dir, "estilo-semaforo.xlsx");
    await applyToXlsx(input, output, { ...APPLY_DEFAULTS, mode: "libro" });
    const written = (await partsOf(output)).get("xl/worksheets/sheet1.xml")!.toString();
    expect(written).toMatch(/<c r="E2" s="0" cm="\d+"><f t="array"/);
    const back = join(dir, "estilo-devuelto.xlsx");
    await removeFromXlsx(output, back);
    const sheet = (await partsOf(back)).get("xl/worksheets/sheet1.xml")!.toString();
    expect(sheet).toContain('<c r="E2" s="0"/>');
    expect(changedParts(await partsOf(input), await partsOf(back))).toEqual([]);
  });
});

describe("apply run twice on one input", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the same bytes, even when the clock moved between the runs (new parts included)", async () => {
    const input = samplePath("lares-pei-2025-s1.xlsx");
    const outputs = [join(dir, "reloj-1.xlsx"), join(dir, "reloj-2.xlsx")];
    for (const [i, output] of outputs.entries()) {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(2026, 0, 1 + i, 10, i * 7, i * 11) });
      await applyToXlsx(input, output, NATIVE_WITH_SUMMARY);
      vi.useRealTimers();
    }
    expect(readFileSync(outputs[1]!).equals(readFileSync(outputs[0]!))).toBe(true);
  });
});
