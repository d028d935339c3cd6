import { it } from "vitest";
import { checkSheet, DEFAULT_CHECK_OPTIONS } from "../src/core/check/checkSheets";
import * as F from "../scripts/lib/flat-layouts";
it("probe", () => {
  for (const [name, fx] of Object.entries({
    poi: F.flatPoiTareas(),
    oei: F.peiOeiIndicators(),
    aei: F.peiAeiIndicators(),
    ficha: F.fichaSecciones(),
    seg: F.poiSeguimientoSemestre(),
  })) {
    const rep = checkSheet(
      { name, rows: fx.grid as never, merges: [] },
      { ...DEFAULT_CHECK_OPTIONS, maxFindings: 50 }
    );
    for (const m of rep.matrices) {
      console.log(name, m.kind, m.header, m.rows, m.confidence, JSON.stringify(m.counts));
      for (const f of m.findings.slice(0, 15))
        console.log("   ", f.rule, f.severity, f.cell, f.message);
    }
    console.log("planted", JSON.stringify(fx.planted));
  }
});
