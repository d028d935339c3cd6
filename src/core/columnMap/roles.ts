import { emptyColumnMap, type ColumnMap } from "../detect/columnMap";
import type { Concept } from "../detect/concepts";
import { ROLE_CONCEPTS } from "../detect/conceptUses";

/**
 * The role a planner gives a column in a column map, as text: a single meaning ("actividad",
 * "codigo"…), or one of a series with its position: "mes:3", "trimestre:2", "logro:2025",
 * "valor:2025 - Sem1", "avance:2025 - Sem1", "lineaBase", "lineaBaseAnio", "RE:1", "SE:1",
 * "MOTIVO:1". Written and read back exactly, so `check --json` output can be fed to --columnas.
 */
export type ColumnRole = string;

/** Single meanings a column can take (the rest come in series), from detect's CONCEPT_USES. */
export const SINGLE_ROLES: readonly Concept[] = ROLE_CONCEPTS;

/**
 * The Aplicativo's monthly families a column can belong to («RE:3» = F(RE) marzo), with their
 * Spanish names: the one list the map reader, the pane's role choices and the help read.
 */
export const FAMILY_LABELS: Readonly<Record<string, string>> = {
  RE: "Programado reformulado",
  SE: "Ejecutado (seguimiento)",
  A: "Programado inicial",
  AJ: "Ajuste",
  CS: "Consolidado",
  RE_P: "Programado reformulado (financiero)",
  SE_P: "Ejecutado (financiero)",
  MOTIVO: "Motivo",
  E: "Programado multianual F(E)",
  FN_A: "Financiero Fn(A)",
  FN_AJ: "Financiero Fn(AJ)",
  FN_CS: "Financiero Fn(CS)",
  FN_RE_P: "Financiero Fn(RE_P)",
  FN_RE: "Financiero reformulado Fn(RE)",
  FN_SE_P: "Financiero Fn(SE_P)",
  FN_SE: "Financiero ejecutado Fn(SE)",
  FN_E: "Financiero multianual Fn(E)",
  DEV: "Devengado mensual (MEF, mto_devenga)",
};

/** Column index → role, for every column the map uses. */
export function rolesOf(map: ColumnMap): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  const put = (col: number | undefined, role: string) => {
    if (col !== undefined && !roles.has(col)) roles.set(col, role);
  };
  for (const concept of SINGLE_ROLES) put(map.single[concept], concept);
  map.months.forEach((c, i) => put(c, `mes:${i + 1}`));
  map.quarters.forEach((c, i) => put(c, `trimestre:${i + 1}`));
  for (const l of map.logros) put(l.col, l.year === null ? "logro" : `logro:${l.year}`);
  for (const v of map.valores) put(v.col, v.label ? `valor:${v.label}` : "valor");
  for (const a of map.avances) put(a.col, a.label ? `avance:${a.label}` : "avance");
  for (const x of map.cronograma ?? []) put(x.col, `cronograma:${x.label}`);
  put(map.lineaBase.valor, "lineaBase");
  put(map.lineaBase.anio, "lineaBaseAnio");
  for (const [family, cols] of Object.entries(map.families)) {
    cols.forEach((c, i) => put(c, `${family}:${i + 1}`));
  }
  for (const [family, c] of Object.entries(map.familyTotals ?? {})) put(c, `${family}:total`);
  return roles;
}

const periodOf = (label: string) => {
  const year = /20\d\d/.exec(label)?.[0];
  const semester = /sem(?:estre)?\s*([12])\b|\b([12])\s*sem/i.exec(label);
  return {
    label,
    year: year ? Number(year) : undefined,
    semester: semester ? Number(semester[1] ?? semester[2]) : undefined,
  };
};

/** The column map that roles describe; an unknown role is returned as the error. */
export function columnMapOf(
  roles: ReadonlyMap<number, ColumnRole>
): ColumnMap | { unknown: string } {
  const map = emptyColumnMap();
  for (const [col, role] of roles) {
    const [head, arg = ""] = role.split(/:(.*)/s) as [string, string?];
    const n = Number(arg);
    if ((SINGLE_ROLES as readonly string[]).includes(role)) {
      map.single[role as Concept] ??= col;
    } else if (head === "mes" && n >= 1 && n <= 12) map.months[n - 1] = col;
    else if (head === "trimestre" && n >= 1 && n <= 4) map.quarters[n - 1] = col;
    else if (head === "logro")
      map.logros.push({ year: arg && /^\d{4}$/.test(arg) ? n : null, col });
    else if (head === "valor") map.valores.push({ ...periodOf(arg), col });
    else if (head === "avance") map.avances.push({ ...periodOf(arg), col });
    else if (head === "cronograma") (map.cronograma ??= []).push({ ...periodOf(arg), col });
    else if (role === "lineaBase") map.lineaBase.valor = col;
    else if (role === "lineaBaseAnio") map.lineaBase.anio = col;
    else if (Object.hasOwn(FAMILY_LABELS, head) && /^\d+$/.test(arg) && n >= 1 && n <= 12) {
      (map.families[head] ??= new Array(12).fill(undefined))[n - 1] = col;
    } else if (Object.hasOwn(FAMILY_LABELS, head) && arg === "total") {
      (map.familyTotals ??= {})[head] = col;
    } else return { unknown: role };
  }
  map.logros.sort((a, b) => a.col - b.col);
  return map;
}

/** A key equal for two headers that give every column the same role (a header repeated). */
export function rolesKey(map: ColumnMap): string {
  return [...rolesOf(map)]
    .sort(([a], [b]) => a - b)
    .map(([c, r]) => `${c}=${r}`)
    .join("|");
}
