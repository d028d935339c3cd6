import { createRule } from "./context";

export const v2OeiSinAei = createRule({
  meta: {
    id: "V2.oei-sin-aei",
    severity: "error",
    on: ["jerarquia-pei"],
    description: "Todo OEI tiene al menos una AEI",
    messages: { falta: "El {code} no tiene AEI." },
    example: "El OEI.05 no tiene AEI.",
    fix: "Agregue las AEI del objetivo (AEI.05.01…) o quite el OEI si no corresponde a este plan.",
  },
  check(ctx) {
    const rows = ctx.matrix.rows;
    if (!rows.some((r) => r.role === "oei")) return;
    const withAei = new Set(rows.filter((r) => r.role === "aei").map((r) => r.code?.parent));
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.role !== "oei" || !r.code || seen.has(r.code.code)) continue;
      seen.add(r.code.code);
      if (!withAei.has(r.code.code)) {
        ctx.report({ cell: ctx.codeCell(r.row), messageId: "falta", data: { code: r.code.code } });
      }
    }
  },
});
