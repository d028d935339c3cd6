import type { Finding } from "../core/check/findings";
import type { ReportGroup } from "../core/check/groupMessage";
import { ruleMeta } from "../core/rules/registry";
import type { MatrixReport } from "../core/check/checkSheets";
import type { CheckReport, FileReport } from "../core/report/checkReport";
import { paint, type Paint } from "./ansi";

const ICON: Record<Finding["severity"], string> = { error: "✖", warning: "▲", info: "·" };
const NOUN: Record<Finding["severity"], [string, string]> = {
  error: ["error", "errores"],
  warning: ["advertencia", "advertencias"],
  info: ["aviso", "avisos"],
};
const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** Human report in Spanish: by file, sheet, matrix and rule, with cell addresses; colours on a terminal. */
export function formatCheck(report: CheckReport, color = false): string {
  const p = paint(color);
  const lines: string[] = [];
  for (const file of report.files) lines.push(...formatFile(file, p), "");
  const sheets = report.files.reduce((n, f) => n + f.sheets.length, 0);
  const matrices = report.files.reduce(
    (n, f) => n + f.sheets.reduce((m, s) => m + s.matrices.length, 0),
    0
  );
  lines.push(formatTotals({ files: report.files.length, sheets, matrices, totals: report.totals }));
  return lines.join("\n");
}

/** Counts for the closing line (kept as running sums when files are reported one by one). */
export interface CheckCounts {
  files: number;
  sheets: number;
  matrices: number;
  totals: CheckReport["totals"];
}

/** The closing "Resumen: …" line of the human report. */
export function formatTotals(counts: CheckCounts): string {
  const { totals: t, sheets, matrices } = counts;
  return (
    `Resumen: ${plural(counts.files, ["archivo", "archivos"])}, ${plural(sheets, ["hoja", "hojas"])}, ` +
    `${plural(matrices, ["matriz", "matrices"])}; ${plural(t.errors, NOUN.error)}, ` +
    `${plural(t.warnings, NOUN.warning)}, ${plural(t.infos, NOUN.info)}` +
    (t.unreadable ? `; ${plural(t.unreadable, ["archivo ilegible", "archivos ilegibles"])}.` : ".")
  );
}

export function formatFile(file: FileReport, p: Paint = paint(false)): string[] {
  const lines = [p.bold(file.file)];
  if (file.error) return [...lines, `  No se pudo leer: ${file.error}`];
  if (file.notice) lines.push(`  Nota: ${file.notice}`);
  for (const w of file.warnings ?? []) lines.push(`  Aviso: ${w}`);
  for (const sheet of file.sheets) {
    if (sheet.matrices.length === 0) {
      lines.push(
        sheet.nearMiss
          ? `  Hoja «${sheet.name}»: no se detectó ninguna matriz: ${sheet.nearMiss.message}`
          : `  Hoja «${sheet.name}»: no se detectó ninguna matriz de planeamiento.`
      );
      continue;
    }
    lines.push(`  Hoja «${sheet.name}»`);
    for (const m of sheet.matrices) lines.push(...formatMatrix(m, p));
  }
  return lines;
}

function formatMatrix(m: MatrixReport, p: Paint): string[] {
  const ficha = m.ficha?.ficha
    ? ` · ${m.ficha.ficha}`
    : m.ficha?.unidadOrganica
      ? ` · ${m.ficha.unidadOrganica}`
      : "";
  const lines = [
    `    ${m.label} en ${m.header}${ficha} — ${plural(m.rows, ["fila", "filas"])}, confianza ${Math.round(m.confidence * 100)} %, periodo ${m.period}, escala ${m.scale}`,
  ];
  const withValue = m.results.filter((r) => r.value !== null);
  if (withValue.length > 0) {
    const order = m.levels;
    const levels = new Map<string, number>(order.map((l) => [l, 0]));
    for (const r of m.results) levels.set(r.level, (levels.get(r.level) ?? 0) + 1);
    for (const [l, n] of levels) if (n === 0) levels.delete(l);
    const summary = [...levels].map(([l, n]) => `${l} ${n}`).join(" · ");
    lines.push(`      Resultados: ${m.results.length} (${summary})`);
  }
  if (m.groups.length === 0) {
    lines.push("      Sin hallazgos.");
    return lines;
  }
  // One line per rule and cause: «156 filas sin unidad de medida (H74:H229)», never 156 lines.
  const byRule = new Map<string, ReportGroup[]>();
  for (const g of m.groups) byRule.set(g.rule, [...(byRule.get(g.rule) ?? []), g]);
  const order = { error: 0, warning: 1, info: 2 };
  const rules = [...byRule.entries()].sort(
    ([a, ga], [b, gb]) =>
      order[(ga[0] as ReportGroup).severity] - order[(gb[0] as ReportGroup).severity] ||
      a.localeCompare(b)
  );
  for (const [rule, groups] of rules) {
    const sev = (groups[0] as ReportGroup).severity;
    const cells = groups.reduce((n, g) => n + g.count, 0);
    lines.push(
      `      ${rule} — ${ruleMeta(rule)?.description ?? rule}: ${plural(cells, NOUN[sev])}`
    );
    for (const g of groups)
      lines.push(
        `        ${p.severity(g.severity, ICON[g.severity])} ${(g.ranges[0] ?? "").padEnd(7)} ${g.message}`
      );
  }
  return lines;
}
