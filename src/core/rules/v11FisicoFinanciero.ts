import type { FamilyRead, FinancialLineItem } from "../measure/item";
import { formatNumber } from "../text/formatNumber";
import { createRule, itemsOf } from "./context";

/** A family's programmed quantity on one line: its Total, else the sum of its months. */
function amount(f: FamilyRead | undefined): number {
  if (!f) return 0;
  if (f.total && f.total.value !== null) return f.total.value;
  return f.months.reduce((a, m) => a + (m?.value ?? 0), 0);
}

export const v11FisicoFinanciero = createRule({
  meta: {
    id: "V11.fisico-financiero",
    severity: "warning",
    on: ["linea-financiera"],
    description:
      "Una AO con meta física tiene programación financiera, y una AO con programación financiera tiene meta física",
    messages: {
      sinFinanciero:
        "La AO {ao} tiene meta física ({physical} en {pf}) pero ninguna programación financiera en {ff}.",
      sinFisico:
        "La AO {ao} tiene programación financiera ({financial} en {ff}) pero ninguna meta física en {pf}.",
    },
    groupMessages: {
      sinFinanciero: "{count} AO con meta física y sin programación financiera ({ranges}).",
      sinFisico: "{count} AO con programación financiera y sin meta física ({ranges}).",
    },
    example:
      "La AO AOI00000000030 tiene meta física (15 en F(RE)) pero ninguna programación financiera en Fn(RE).",
    fix: "Programe en el Aplicativo el financiamiento de la AO (o su meta física), o retírela si ya no se ejecutará.",
  },
  check(ctx) {
    // An AO's lines (one per fuente and genérica, and per year when multianual) are one.
    const groups = new Map<string, FinancialLineItem[]>();
    for (const line of itemsOf(ctx.items, "linea-financiera")) {
      if (!line.code) continue;
      groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
    }
    for (const lines of groups.values()) {
      const first = lines[0] as FinancialLineItem;
      const { physical: pf, financial: ff } = first.current;
      if (!pf || !ff) continue;
      const physical = lines.reduce((a, l) => a + amount(l.current.physical), 0);
      const financial = lines.reduce((a, l) => a + amount(l.current.financial), 0);
      const data = {
        ao: first.code,
        pf: pf.name,
        ff: ff.name,
        physical: formatNumber(Math.round(physical * 100) / 100),
        financial: formatNumber(Math.round(financial * 100) / 100),
      };
      const at = (f: FamilyRead) => f.total?.address ?? f.months.find(Boolean)?.address;
      if (physical > 0 && financial === 0) {
        const cell = at(ff);
        if (cell) ctx.report({ cell, messageId: "sinFinanciero", data });
      } else if (financial > 0 && physical === 0) {
        const cell = at(pf);
        if (cell) ctx.report({ cell, messageId: "sinFisico", data });
      }
    }
  },
});
