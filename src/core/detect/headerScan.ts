import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import { emptyColumnMap, type ColumnMap } from "./columnMap";
import { assignLetters, inferMonthsFromQuarters, totalAsAnnual } from "./columnFixups";
import { ANCHORS, matchHeader, type Concept, type HeaderMatch } from "./vocabulary";

export interface HeaderInfo {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: ColumnMap;
  /** The main concepts in column order, to recognise the same header repeated at a page break. */
  signature: string;
  /** "semestral" when the header names a semester (Sem1), else null (decided later). */
  period: "semestral" | "anual" | "trimestral" | null;
}

export interface RowMatches {
  matches: (HeaderMatch | null)[];
  anchors: Set<Concept>;
  /** How many columns of each meaning the row names. */
  counts: Map<Concept, number>;
  strings: number;
  matched: number;
  exportMonths: number;
}

/** Each text cell of a row matched against the header vocabulary. */
export function matchRow(sheet: SheetData, row: number): RowMatches {
  const cells = sheet.rows[row] ?? [];
  const matches: (HeaderMatch | null)[] = new Array(cells.length).fill(null);
  const anchors = new Set<Concept>();
  const counts = new Map<Concept, number>();
  let strings = 0;
  let matched = 0;
  let exportMonths = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    const year = typeof v === "number" && Number.isInteger(v) && v >= 2000 && v <= 2100;
    if (!year && (typeof v !== "string" || v.trim() === "")) continue;
    strings++;
    // A bare year typed as a number (Excel turns «2025» into one) names a logro column.
    const m = year ? { concept: "year" as const, year: v } : matchHeader((v as string).trim());
    matches[c] = m;
    if (!m) continue;
    matched++;
    counts.set(m.concept, (counts.get(m.concept) ?? 0) + 1);
    if (ANCHORS.has(m.concept)) anchors.add(m.concept);
    if (m.concept === "exportMonth") exportMonths++;
  }
  return { matches, anchors, counts, strings, matched, exportMonths };
}

/**
 * A header row: three or more anchor meanings, and either mostly header-like text or the
 * essential columns of a matrix however many institutional columns stand beside them; or an
 * export header.
 */
export function isHeaderRow(sheet: SheetData, row: number): boolean {
  if (countDataNumbers(sheet.rows[row] ?? []) >= 3) return false;
  const r = matchRow(sheet, row);
  if (r.exportMonths >= 12) return true;
  if (r.anchors.size < 3) return false;
  return r.matched / Math.max(1, r.strings) >= 0.6 || hasEssentialColumns(r.counts);
}

/**
 * Numbers in a row other than years: a header is text (bare years aside), so a row with three or
 * more is data, and its cells need not be matched against the vocabulary (a flat POI's body rows).
 */
export function countDataNumbers(cells: readonly unknown[]): number {
  let n = 0;
  for (const v of cells) {
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 2000 && v <= 2100) && ++n >= 3)
      break;
  }
  return n;
}

/**
 * The columns a matrix cannot do without: a POI names an activity or task and months or
 * quarters with a total or meta; a PEI indicator table names a code or indicator, a línea base
 * and logros by year; a budget execution table names its PIM and devengado.
 */
function hasEssentialColumns(counts: Map<Concept, number>): boolean {
  const n = (...cs: Concept[]) => cs.reduce((a, c) => a + (counts.get(c) ?? 0), 0);
  const poi =
    n("actividad", "actividadId", "tarea") > 0 &&
    (n("month") >= 3 || n("quarter") >= 2) &&
    n("total", "cantidadAnual", "meta") > 0;
  const pei =
    n("codigo", "codigoOei", "codigoAei", "codigoIndicador", "indicador") > 0 &&
    n("lineaBase") > 0 &&
    n("year", "logroEsperado") >= 2;
  const budget = n("pim") > 0 && n("devengado") > 0;
  return poi || pei || budget;
}

const isSubHeaderMatch = (m: HeaderMatch | null) =>
  !!m && ["month", "quarter", "year", "semester", "anio", "valor", "total"].includes(m.concept);

const BUDGET_SUB: ReadonlySet<Concept> = new Set<Concept>(["pim", "devengado"]);

/**
 * MEF's Consulta Amigable heads its table PIM … «Ejecución» … Avance %, with Atención de
 * Compromiso Mensual / Devengado / Girado in a second row under «Ejecución».
 */
function isBudgetSubHeader(main: RowMatches, next: readonly unknown[]): boolean {
  if (!main.counts.has("pim") || main.counts.has("devengado")) return false;
  return next.some((v) => typeof v === "string" && matchHeader(v.trim())?.concept === "devengado");
}

/** The merged range whose head is left of (row, col) on the same row, if any. */
function mergeHeadCol(sheet: SheetData, row: number, col: number): number | null {
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m.left;
  }
  return null;
}

function isMonthLetter(text: string): boolean {
  return /^[efmajsond]$/.test(foldText(text));
}

/**
 * Reads the header starting at `top`: one row, or two when the next row holds sub-headers
 * (years under Logro Esperado, Año / Valor under Línea Base, month letters and quarters under
 * Programación Mensual, periods under Valores Obtenidos).
 */
export function readHeader(sheet: SheetData, top: number): HeaderInfo {
  const main = matchRow(sheet, top);
  const next = sheet.rows[top + 1] ?? [];
  let subCount = 0;
  let subNumbersNotYears = 0;
  for (const v of next) {
    const t = cellText(v);
    if (t === "") continue;
    if (isMonthLetter(t) || isSubHeaderMatch(matchHeader(t))) subCount++;
    else if (typeof v === "number" && !(v >= 2000 && v <= 2100)) subNumbersNotYears++;
  }
  const twoRows = (subCount >= 2 && subNumbersNotYears <= 1) || isBudgetSubHeader(main, next);
  const bottom = twoRows ? top + 1 : top;
  const width = Math.max(main.matches.length, twoRows ? next.length : 0);

  // Each column's group head in the main row: its own text, the head of a merge covering it, or
  // (without merges) the nearest header text to its left when the sub-header row continues there.
  const head: (HeaderMatch | null)[] = new Array(width).fill(null);
  const headCol: number[] = new Array(width).fill(-1);
  let lastHead = -1;
  for (let c = 0; c < width; c++) {
    if (cellText(cellAt(sheet, top, c)) !== "") {
      head[c] = main.matches[c] ?? null;
      headCol[c] = c;
      lastHead = c;
      continue;
    }
    const merged = mergeHeadCol(sheet, top, c);
    const hasSub = twoRows && cellText(cellAt(sheet, top + 1, c)) !== "";
    const from = merged ?? (hasSub && lastHead >= 0 ? lastHead : null);
    if (from !== null && from >= 0) {
      head[c] = main.matches[from] ?? null;
      headCol[c] = from;
    }
  }

  const columns = emptyColumnMap();
  let period: HeaderInfo["period"] = null;
  const letters: number[] = [];
  const signature: string[] = [];
  // The version each single column was read with (TAREAS_V1 < TAREAS_V2): the latest one wins.
  const versions = new Map<Concept, number>();
  let left = Infinity;
  let right = -1;
  for (let c = 0; c < width; c++) {
    const subText = twoRows ? cellText(cellAt(sheet, top + 1, c)) : "";
    const sub = subText ? matchHeader(subText) : null;
    // Under a group head the vocabulary does not know («Ejecución»), a budget column names itself.
    const h = head[c] ?? (sub && BUDGET_SUB.has(sub.concept) ? sub : null);
    if (h || sub || (subText && isMonthLetter(subText))) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    if (h && headCol[c] === c) signature.push(h.concept);
    if (sub?.concept === "semester" || h?.concept === "semester") period = "semestral";
    placeColumn(columns, c, h, sub, subText, letters, versions);
  }
  assignLetters(columns, letters);
  if (columns.months.some((m) => m === undefined)) inferMonthsFromQuarters(columns);
  totalAsAnnual(columns);
  return {
    top,
    bottom,
    left: Number.isFinite(left) ? left : 0,
    right: Math.max(right, 0),
    columns,
    signature: signature.join("|"),
    period,
  };
}

function placeColumn(
  map: ColumnMap,
  c: number,
  head: HeaderMatch | null,
  sub: HeaderMatch | null,
  subText: string,
  letters: number[],
  versions: Map<Concept, number>
) {
  const concept = head?.concept;
  if (head?.concept === "exportMonth" && head.family && head.total) {
    (map.familyTotals ??= {})[head.family] ??= c;
    return;
  }
  if (head?.concept === "exportMonth" && head.family && head.month) {
    (map.families[head.family] ??= new Array(12).fill(undefined))[head.month - 1] = c;
    return;
  }
  if (sub?.concept === "month" && sub.month) {
    map.months[sub.month - 1] ??= c;
    return;
  }
  if (sub?.concept === "quarter" && sub.quarter) {
    map.quarters[sub.quarter - 1] ??= c;
    return;
  }
  if (subText && /^[efmajsond]$/.test(foldText(subText)) && concept === "programacionMensual") {
    letters.push(c);
    return;
  }
  switch (concept) {
    case undefined:
      if (head === null && subText && /^[efmajsond]$/.test(foldText(subText))) letters.push(c);
      return;
    case "month":
      map.months[(head?.month ?? 1) - 1] ??= c;
      return;
    case "quarter":
      map.quarters[(head?.quarter ?? 1) - 1] ??= c;
      return;
    case "logroEsperado": {
      const year = sub?.year ?? head?.year ?? null;
      map.logros.push({ year, col: c });
      return;
    }
    case "year":
      map.logros.push({ year: head?.year ?? null, col: c });
      return;
    case "valorObtenido":
    case "avanceTipo1": {
      const list = concept === "valorObtenido" ? map.valores : map.avances;
      list.push({ label: subText, col: c, year: sub?.year, semester: sub?.semester });
      return;
    }
    case "lineaBase":
      if (sub?.concept === "anio") map.lineaBase.anio = c;
      else map.lineaBase.valor ??= c;
      return;
    case "programacionMensual":
      return;
    default: {
      const version = head?.version ?? -1;
      if (map.single[concept] !== undefined && version <= (versions.get(concept) ?? -1)) return;
      map.single[concept] = c;
      versions.set(concept, version);
    }
  }
}
