import { CONCEPT_LABELS } from "../detect/conceptLabels";
import { MONTH_NAMES } from "../text/months";
import { FAMILY_LABELS, SINGLE_ROLES, type ColumnRole } from "./roles";

/** A role a planner can pick for a column: the saved value and its Spanish label. */
export interface RoleChoice {
  value: ColumnRole;
  label: string;
}

/** The «(ignorar)» choice: the column is left out of the map. */
export const IGNORE = "";

const MONTHS = MONTH_NAMES;

/** The Spanish label of any role a column map can hold («Mes: marzo», «Logro esperado 2026»). */
export function roleLabel(role: ColumnRole): string {
  if (role === IGNORE) return "(ignorar)";
  if ((SINGLE_ROLES as readonly string[]).includes(role))
    return CONCEPT_LABELS[role as keyof typeof CONCEPT_LABELS];
  const [head, arg = ""] = role.split(/:(.*)/s) as [string, string?];
  if (head === "mes") return `Mes: ${MONTHS[Number(arg) - 1] ?? arg}`;
  if (head === "trimestre") return `Trimestre ${arg}`;
  if (head === "logro") return arg ? `Logro esperado ${arg}` : "Logro esperado (sin año)";
  if (head === "valor") return arg ? `Valor obtenido ${arg}` : "Valor obtenido";
  if (head === "avance") return arg ? `Avance ${arg}` : "Avance (%)";
  if (head === "cronograma") return `Cronograma: ${arg}`;
  if (role === "lineaBase") return "Línea base (valor)";
  if (role === "lineaBaseAnio") return "Línea base (año)";
  const family = Object.hasOwn(FAMILY_LABELS, head) ? FAMILY_LABELS[head] : undefined;
  return family ? `${family}: ${MONTHS[Number(arg) - 1] ?? arg}` : role;
}

const choice = (value: ColumnRole): RoleChoice => ({ value, label: roleLabel(value) });

/** One collator for the sort below: localeCompare(…, "es") builds one at every comparison. */
const SPANISH = new Intl.Collator("es");

/** Roles every column is offered, in the order a planner looks for them. */
const COMMON: readonly ColumnRole[] = [
  ...[...SINGLE_ROLES].sort((a, b) => SPANISH.compare(roleLabel(a), roleLabel(b))),
  ...MONTHS.map((_, i) => `mes:${i + 1}`),
  ...[1, 2, 3, 4].map((q) => `trimestre:${q}`),
  "lineaBase",
  "lineaBaseAnio",
  "logro",
  "valor",
  "avance",
];

/**
 * The roles offered for one column: «(ignorar)», every single meaning, months, quarters and the
 * línea base; a logro, valor obtenido and avance for the year or period its title names; and the
 * role it holds now when none of those is it (an export family read from a detected matrix).
 */
export function roleChoices(headerText: string, current: ColumnRole = IGNORE): RoleChoice[] {
  const year = /\b(20\d\d)\b/.exec(headerText)?.[1];
  const period = headerText.trim().slice(0, 40);
  const periodic = [
    ...(year ? [`logro:${year}`] : []),
    ...(period && /20\d\d/.test(period)
      ? [`valor:${period}`, `avance:${period}`, `cronograma:${period}`]
      : []),
  ];
  const values = [IGNORE, ...periodic, ...COMMON];
  if (!values.includes(current)) values.splice(1, 0, current);
  return values.map(choice);
}
