import type { ColumnMap, PeriodColumn } from "../detect/columnMap";
import type { HeaderInfo } from "../detect/headerScan";
import { matchHeader, type Concept } from "../detect/vocabulary";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";

/**
 * The period a header cell names: «2025», «2025 Semestre I», «2025 - Sem 2», «2025-II». Semesters
 * are read in roman or arabic numerals; a year without one stands for the whole year.
 */
export function periodOfLabel(text: string): { year?: number; semester?: number } {
  const t = foldText(text);
  const year = /\b(20\d\d)\b/.exec(t)?.[1];
  const sem = /(?:sem(?:estre)?\.?\s*|-\s*)(ii|i|2|1)\s*$/.exec(t.replace(/\b20\d\d\b/, " "));
  const semester = sem ? (sem[1] === "ii" || sem[1] === "2" ? 2 : 1) : undefined;
  return { year: year ? Number(year) : undefined, semester };
}

/** The concept of a group head in the header's top row (META, CORTO PLAZO, Cronograma…). */
const groupOf = (text: string): Concept | null =>
  text ? (matchHeader(text)?.concept ?? null) : null;

/**
 * A header cell naming what was executed, not planned: «Logrado 2025», «Valor obtenido 2025»,
 * «Ejecutado 2025» (the vocabulary has no «ejecutado» header: in POI matrices it names a row).
 */
const isExecution = (text: string): boolean => {
  const concept = text ? matchHeader(text)?.concept : undefined;
  return (
    concept === "logrado" || concept === "valorObtenido" || /^ejecutad[oa]s?\b/.test(foldText(text))
  );
};

/** A semester cell under a year of the cronograma: «I», «II», «SEMESTRE I», «Sem. 2». */
const semesterOf = (text: string): number | undefined => {
  // A bare 1 or 2 is a number, not a semester: only roman numerals stand alone.
  const m = /^(?:sem(?:estre)?\.?\s*(ii|i|2|1)|(ii|i))$/.exec(foldText(text).trim());
  const n = m?.[1] ?? m?.[2];
  return n ? (n === "ii" || n === "2" ? 2 : 1) : undefined;
};

/** A row of the header below the years that only splits them: «SEMESTRE», «I | II». */
export const isSemesterRow = (cells: readonly string[]): boolean =>
  cells.some((t) => t !== "") &&
  cells.every((t) => t === "" || /^semestres?$/.test(foldText(t)) || semesterOf(t) !== undefined);

/** Rows under the header's last row that split the cronograma's years into semesters. */
function semesterRows(sheet: SheetData, bottom: number): number[] {
  const rows: number[] = [];
  for (let r = bottom + 1; r <= bottom + 2; r++) {
    const cells = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null));
    if (!isSemesterRow(cells)) break;
    rows.push(r);
  }
  return rows;
}

/**
 * An implementation plan's header read column by column: the year columns under «Metas» (or
 * under CORTO / MEDIANO / LARGO PLAZO, as Tabla 1 groups them) are the metas; the period columns
 * under «Cronograma» are the X-marked schedule, a year split into semesters either in one label
 * («2025-I») or, as the HdR-AS cronograma prints it, by rows under the years («SEMESTRE», «I | II»).
 * A group head spans the blank cells to its right (merged or not). Year columns under an execution
 * head («Logrado 2025») are the plan's valores. Returns null when the header has fewer than two
 * meta years.
 */
export function planColumns(sheet: SheetData, info: HeaderInfo): ColumnMap | null {
  const single = { ...info.columns.single };
  const columns: ColumnMap = { ...info.columns, single, logros: [], valores: [], cronograma: [] };
  const schedule: PeriodColumn[] = [];
  const width = Math.max(sheet.rows[info.top]?.length ?? 0, sheet.rows[info.bottom]?.length ?? 0);
  const splits = info.bottom > info.top ? semesterRows(sheet, info.bottom) : [];
  let group: Concept | null = null;
  let execution = false;
  let lastYear: number | undefined;
  for (let c = info.left; c < width; c++) {
    const top = cellText(cellAt(sheet, info.top, c));
    if (top !== "") [group, execution] = [groupOf(top), isExecution(top)];
    const sub = info.bottom > info.top ? cellText(cellAt(sheet, info.bottom, c)) : "";
    const period = periodOfLabel(sub || top);
    const split = splits.map((r) => semesterOf(cellText(cellAt(sheet, r, c)))).find(Boolean);
    // A semester column under a year merged across its semesters: the year is the one to its left.
    const year = period.year ?? (group === "cronograma" && split ? lastYear : undefined);
    if (year === undefined) continue;
    lastYear = year;
    const semester = period.semester ?? split;
    if (execution || isExecution(sub)) {
      columns.valores.push({ label: sub || top, col: c, year });
    } else if (group === "cronograma") {
      const label = semester ? `${year}-${semester === 1 ? "I" : "II"}` : sub || top;
      schedule.push({ label, col: c, year, semester });
    } else if (semester === undefined && group !== "lineaBase")
      columns.logros.push({ year, col: c });
  }
  columns.cronograma = schedule;
  // «Logrado 2025» is a year's valores here, not a cut date's logrado (its role in --columnas).
  if (columns.valores.some((v) => v.col === single.logrado)) delete single.logrado;
  return columns.logros.length >= 2 ? columns : null;
}

/** The column that names each row: the activity column, else a META column with no year under it. */
export const labelColumnOf = (c: ColumnMap, left: number): number =>
  c.single.denominacion ?? c.single.indicador ?? c.single.meta ?? left;

/**
 * The code a plan row's label starts with (HdR-AS numbering: «OE1.», «1.1», «1.1.1», «1.1.1.1.»),
 * and whether the row only groups the plan (an objective or a línea de acción). Tabla 1's
 * «META 1: …» rows carry no code.
 */
export function planCodeOf(label: string): { code?: string; group: boolean } {
  const t = label.trim();
  if (/^(oe|la)\s?\d+(\.\d+)*\b/i.test(t)) return { group: true };
  const code = /^(\d+(?:\.\d+)+)\.?(?:\s|$)/.exec(t)?.[1];
  return { code, group: code !== undefined && code.split(".").length < 3 };
}
