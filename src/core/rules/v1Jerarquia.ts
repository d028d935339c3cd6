import { parseCode } from "../codes/codes";
import { a1 } from "../sheet/address";
import { createRule, type RuleContext } from "./context";

export const v1Jerarquia = createRule({
  meta: {
    id: "V1.jerarquia",
    severity: "error",
    on: ["jerarquia-pei", "ficha-alineacion"],
    description: "Cada AEI bajo su OEI y cada indicador bajo su AEI",
    messages: {
      bajo: "{code} está bajo {under}, pero su código indica {parent}.",
      figura: "{code} figura bajo {under}, pero su código indica {parent}.",
    },
    example: "AEI.02.01 está bajo OEI.01, pero su código indica OEI.02.",
    fix: "Mueva la fila bajo su objetivo o acción, o corrija el código.",
  },
  check(ctx) {
    if (ctx.has("ficha-alineacion")) checkAlignment(ctx);
    else checkPeiRows(ctx);
  },
});

function checkPeiRows(ctx: RuleContext) {
  const hasOeiRows = ctx.matrix.rows.some((r) => r.role === "oei");
  let lastOei: string | undefined;
  for (const r of ctx.matrix.rows) {
    if (!r.code) continue;
    const cell = ctx.codeCell(r.row);
    if (r.role === "oei") lastOei = r.code.code;
    if (r.role === "aei" && hasOeiRows && lastOei && r.code.parent !== lastOei) {
      const data = { code: r.code.code, under: lastOei, parent: r.code.parent ?? "" };
      ctx.report({ cell, messageId: "bajo", data });
    }
    if (r.role === "indicador" && r.code.parent && r.parentAei && r.code.parent !== r.parentAei) {
      const data = { code: r.code.code, under: r.parentAei, parent: r.code.parent };
      ctx.report({ cell, messageId: "bajo", data });
    }
  }
}

/** The OEI | AEI table above a ficha: each AEI's code names its OEI. */
function checkAlignment(ctx: RuleContext) {
  for (const al of ctx.matrix.ficha?.alignment ?? []) {
    const aei = parseCode(al.aei ?? "");
    const oei = parseCode(al.oei ?? "");
    if (aei?.kind === "AEI" && oei?.kind === "OEI" && aei.parent !== oei.code) {
      const data = { code: aei.code, under: oei.code, parent: aei.parent ?? "" };
      ctx.report({ cell: a1(al.row, 0), messageId: "figura", data });
    }
  }
}
