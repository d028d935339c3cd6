import { describeTope } from "../scales/measuring";
import type { WritePlan } from "./writePlan";

/**
 * The measuring choice of a plan in words, for the pane's confirmation and «Listo»:
 * «Escala CEPLAN anual 75 / 95 (tope de 100 % en avances PEI, ejecución POI sin tope).»
 */
export function measuringSentence(plan: Pick<WritePlan, "scales" | "settings">): string {
  const names = plan.scales ?? [];
  if (names.length === 0) return "";
  const label = names.length === 1 ? "Escala" : "Escalas";
  return `${label} ${names.join("; ")} (${describeTope(plan.settings.tope)}).`;
}
