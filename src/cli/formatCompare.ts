import type { ChangedItem, CutComparison, CutValue, Direction } from "../core/compare/compareCuts";
import { describeReprogramming, describeTotals } from "../core/compare/describeComparison";
import { formatNumber } from "../core/text/formatNumber";

export const DIRECTION_TITLES: Record<Direction, string> = {
  empeoro: "Empeoró",
  mejoro: "Mejoró",
  igual: "Igual",
};

/** «82.00 % Regular», «Sin dato». */
export function describeValue(v: CutValue): string {
  return v.valor === null ? v.nivel : `${formatNumber(v.valor)} % ${v.nivel}`;
}

/** «-17.00», «+8.59», «—» when one cut has no value. */
export function describeChange(change: number | null): string {
  if (change === null) return "—";
  return `${change > 0 ? "+" : ""}${formatNumber(change)}`;
}

function changeLine(c: ChangedItem): string {
  const reprog = c.reprogramado ? `  reprogramado: ${describeReprogramming(c)}` : "";
  return `  ${c.codigo}  ${c.hoja}!${c.celda}  ${describeValue(c.antes)} → ${describeValue(c.ahora)}  (${describeChange(c.cambio)})${reprog}`;
}

/** The comparison as text: new and removed items, then changes by direction, worst first. */
export function formatCompare(cmp: CutComparison, before: string, after: string): string {
  const lines = [`Comparación de cortes: ${before} → ${after}`, ""];
  for (const direction of ["empeoro", "mejoro", "igual"] as const) {
    const items = cmp.cambios.filter((c) => c.direccion === direction);
    if (items.length === 0) continue;
    lines.push(`${DIRECTION_TITLES[direction]} (${items.length}):`, ...items.map(changeLine), "");
  }
  if (cmp.nuevos.length > 0) {
    lines.push(`Nuevos (${cmp.nuevos.length}):`);
    for (const n of cmp.nuevos)
      lines.push(`  ${n.codigo}  ${n.hoja}!${n.celda}  ${describeValue(n.ahora)}`);
    lines.push("");
  }
  if (cmp.retirados.length > 0) {
    lines.push(`Retirados (${cmp.retirados.length}):`);
    for (const r of cmp.retirados)
      lines.push(`  ${r.codigo}  ${r.hoja}!${r.celda}  ${describeValue(r.antes)}`);
    lines.push("");
  }
  lines.push(`Total: ${describeTotals(cmp)}`);
  return lines.join("\n");
}
