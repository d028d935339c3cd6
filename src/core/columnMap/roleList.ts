import { MONTH_NAMES } from "../text/months";
import { roleLabel } from "./roleChoices";
import { FAMILY_LABELS, SINGLE_ROLES } from "./roles";

/** One role a column map can give a column: how it is written and what it means, in Spanish. */
export interface RoleHelp {
  /** As written in the map («codigo», «mes:1 … mes:12», «logro:AAAA»). */
  written: string;
  label: string;
  /** A value of this form the map reader accepts (for the test that keeps the list true). */
  example: string;
}

const series = (head: string, n: number, label: string): RoleHelp => ({
  written: `${head}:1 … ${head}:${n}`,
  label,
  example: `${head}:${n}`,
});

/**
 * Every role of a column map, from the same lists the map reader uses (single meanings, months,
 * quarters, periods, the Aplicativo's families), so the help and the README cannot drift from
 * what `--columnas` accepts.
 */
export function roleList(): RoleHelp[] {
  const single = SINGLE_ROLES.map((r) => ({ written: r, label: roleLabel(r), example: r }));
  const families = Object.entries(FAMILY_LABELS).map(([id, label]) => ({
    written: `${id}:1 … ${id}:12, ${id}:total`,
    label: `${label}, mes 1 (${MONTH_NAMES[0]}) a 12 (${MONTH_NAMES[11]}), y su total`,
    example: `${id}:total`,
  }));
  return [
    ...single,
    series("mes", 12, `Mes, 1 (${MONTH_NAMES[0]}) a 12 (${MONTH_NAMES[11]})`),
    series("trimestre", 4, "Subtotal trimestral, 1 a 4"),
    { written: "lineaBase", label: roleLabel("lineaBase"), example: "lineaBase" },
    { written: "lineaBaseAnio", label: roleLabel("lineaBaseAnio"), example: "lineaBaseAnio" },
    { written: "logro:AAAA", label: "Logro esperado del año AAAA", example: "logro:2026" },
    { written: "logro", label: roleLabel("logro"), example: "logro" },
    {
      written: "valor:PERIODO",
      label: "Valor obtenido del periodo («valor:2025 - Sem1»)",
      example: "valor:2025 - Sem1",
    },
    {
      written: "avance:PERIODO",
      label: "Avance impreso del periodo («avance:2025 - Sem1»)",
      example: "avance:2025 - Sem1",
    },
    {
      written: "cronograma:PERIODO",
      label: "Cronograma: periodo marcado con X («cronograma:2026»)",
      example: "cronograma:2026",
    },
    ...families,
  ];
}

/** The roles as aligned lines for `--help`. */
export function roleHelpLines(indent = "  "): string[] {
  const list = roleList();
  const width = Math.max(...list.map((r) => r.written.length));
  return list.map((r) => `${indent}${r.written.padEnd(width)}  ${r.label}`);
}

/** The roles as a markdown table for the README. */
export function roleTable(): string {
  const cell = (t: string) => t.replace(/\|/g, "\\|");
  return [
    "| Papel | Qué es la columna |",
    "| --- | --- |",
    ...roleList().map((r) => `| \`${cell(r.written)}\` | ${cell(r.label)} |`),
  ].join("\n");
}
