import { kindOf } from "../kinds/registry";
import { MONTH_NAMES } from "../text/months";
import { plural } from "../text/plural";
import type { ChangedItem, CutComparison } from "./compareCuts";

/** «marzo, abril y mayo» */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} y ${words[words.length - 1]}`;
}

/**
 * What was reprogrammed, for a planner: «F(RE) de marzo y mayo» for an AO, «la programación»
 * (logro esperado, PIM, metas) for other items; "" when nothing was.
 */
export function describeReprogramming(c: Pick<ChangedItem, "tipo" | "posicionesReprogramadas">) {
  const at = c.posicionesReprogramadas;
  if (at.length === 0) return "";
  // Kinds whose programming is a row of months name it: F(RE) 01…12, PROGRAMADO Ene…Dic.
  const line = kindOf(c.tipo).monthlyLine;
  if (line) {
    return `${line} de ${list(at.map((m) => MONTH_NAMES[m - 1] ?? String(m)))}`;
  }
  return "la programación";
}

/** «4 con cambios (2 reprogramados), 1 nuevo, 1 retirado, 2 sin cambios.» */
export function describeTotals(cmp: CutComparison): string {
  const reprogrammed = cmp.cambios.filter((c) => c.reprogramado).length;
  return (
    `${cmp.cambios.length} con cambios (${plural(reprogrammed, "reprogramado", "reprogramados")}), ` +
    `${plural(cmp.nuevos.length, "nuevo", "nuevos")}, ` +
    `${plural(cmp.retirados.length, "retirado", "retirados")}, ${cmp.sinCambios} sin cambios.`
  );
}
