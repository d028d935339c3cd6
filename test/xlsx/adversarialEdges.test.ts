import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyToXlsx, removeFromXlsx } from "../../src/xlsx/applyXlsx";
import { APPLY_DEFAULTS } from "../support/planOptions";
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
