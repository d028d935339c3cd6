import { readSentido } from "../calc/sentido";
import { resolveScale } from "../check/checkSheets";
import { detectMatrices } from "../detect/detectMatrices";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import { isPlanError } from "../errors";
import {
  NativeFormulaTooLong,
  nativeAvanceTipo1,
  nativeEjecucion,
  nativePromedioAvance,
} from "../native/nativeFormulas";
import type { Scale } from "../scales/scale";
import { a1, parseRangeA1, rangeA1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import { FindingCollector } from "../validate/findings";
import { periodColumns, validatePei } from "../validate/peiRules";
import { validatePoiExport, validatePoiSeguimiento } from "../validate/poiSeguimientoRules";
import type { MatrixResult } from "../validate/types";
import { parseOwnedRef } from "./ownedRef";
import { semaforoRules } from "./semaforoRules";
import { settingsCells, readSettings } from "./settings";
import { summaryCells, type SummaryGroup } from "./summary";
import { plannedSummaryMark } from "./summaryMark";
import { SETTINGS_SHEET, SUMMARY_SHEET, type PlanOptions, type WritePlan } from "./writePlan";

/** One computed cell before it is placed: its row, formula builder and value. */
interface Target {
  row: number;
  code: string;
  role: MatrixResult["role"];
  value: number | null;
  formula: (col: number) => string;
}

interface Context {
  sheet: SheetData;
  options: PlanOptions;
  owned: Set<string>;
  plan: WritePlan;
}

const key = (sheet: string, address: string) => `${sheet}!${address}`;

/**
 * Builds the write plan for a workbook: avance / % ejecución formulas (custom or native) in the
 * matrices' result column or a new column to their right, semáforo conditional formats on the
 * scale, an optional summary sheet, and the settings. Cells that hold a planner's data are
 * conflicts: reported and skipped unless `force`.
 */
export function buildWritePlan(sheets: readonly SheetData[], options: PlanOptions): WritePlan {
  const previous = readSettings(sheets);
  const owned = new Set<string>();
  for (const range of previous?.celdas ?? []) expandOwned(range, owned);
  const plan: WritePlan = {
    cells: [],
    formats: [],
    sheets: [],
    conflicts: [],
    notes: [],
    settings: {
      escala: options.scaleName ?? "CEPLAN (según el periodo)",
      periodo: options.period ?? "según la matriz",
      modo: options.mode,
      tope: options.tope,
      celdas: [],
    },
  };
  const groups: SummaryGroup[] = [];
  for (const sheet of sheets) {
    if (sheet.name === SUMMARY_SHEET || sheet.name === SETTINGS_SHEET) continue;
    for (const m of detectMatrices(sheet)) {
      const scale =
        options.customScale ?? resolveScale(options.scaleName, options.period ?? m.period);
      const ctx = { sheet, options, owned, plan };
      const placed = planMatrix(ctx, m, scale);
      if (placed) groups.push({ ...placed, matrix: m, sheet: sheet.name, scale });
    }
  }
  if (options.summary && groups.length > 0) {
    plan.sheets.push({ name: SUMMARY_SHEET, hidden: false, widths: [34, 12, 12, 12, 12, 12, 16] });
    const summary = summaryCells(groups, sheets);
    plan.cells.push(...summary);
    plan.settings.resumen = plannedSummaryMark(summary);
  }
  plan.sheets.push({ name: SETTINGS_SHEET, hidden: true });
  plan.cells.push(...settingsCells(plan.settings));
  return plan;
}

function expandOwned(ref: string, owned: Set<string>) {
  // Sheet names are stored as Excel quotes them ('D''Arcy'): unquote both ways, or a sheet with an
  // apostrophe never recognises its own cells and gains a new column on every run.
  const parsed = parseOwnedRef(ref);
  const range = parsed && parseRangeA1(parsed.range);
  if (!parsed || !range) return;
  const sheet = parsed.sheet;
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) owned.add(key(sheet, a1(r, c)));
  }
}

/**
 * May Semáforo write here? Yes when the cell is empty, holds a PLAN formula, or lies in a range an
 * earlier run wrote (per the settings) and still holds a formula — or the header text we wrote.
 * A value the planner typed over our column is theirs: it is reported, not overwritten.
 */
function isOurs(ctx: Context, row: number, col: number, ourText?: string): boolean {
  const address = a1(row, col);
  const formula = ctx.sheet.formulas?.get(address);
  if (formula && ownFormula(formula)) return true;
  const owned = ctx.owned.has(key(ctx.sheet.name, address));
  const text = cellText(cellAt(ctx.sheet, row, col));
  if (text === "") return !formula || owned;
  if (owned && formula) return true;
  return owned && ourText !== undefined && text === ourText;
}

const ownFormula = (f: string) => /PLAN\.|_xldudf_PLAN_/i.test(f);

function planMatrix(ctx: Context, m: DetectedMatrix, scale: Scale) {
  const targets =
    m.kind === "pei-seguimiento"
      ? peiTargets(ctx, m, scale)
      : m.kind === "poi-seguimiento" || m.kind === "poi-export"
        ? poiTargets(ctx, m, scale)
        : [];
  if (targets.length === 0) return null;
  const col = chooseColumn(ctx, m, targets);
  const headerText =
    m.kind === "pei-seguimiento" ? "Avance calculado (%)" : "% Ejecución calculada";
  const cells: string[] = [];
  placeHeader(ctx, m, col, headerText);
  const rowsWritten: number[] = [];
  for (const t of targets) {
    const address = a1(t.row, col);
    if (!isOurs(ctx, t.row, col) && !ctx.options.force) {
      ctx.plan.conflicts.push({
        sheet: ctx.sheet.name,
        cell: address,
        existing: cellText(cellAt(ctx.sheet, t.row, col)),
        reason: `la celda tiene datos del planificador; no se escribió el avance de ${t.code}.`,
      });
      continue;
    }
    ctx.plan.cells.push({
      sheet: ctx.sheet.name,
      address,
      formula: t.formula(col),
      value: t.value,
      style: "percent",
    });
    rowsWritten.push(t.row);
    cells.push(address);
  }
  for (const [top, bottom] of blocks(rowsWritten)) {
    const range = rangeA1(top, col, bottom, col);
    ctx.plan.formats.push({
      sheet: ctx.sheet.name,
      range,
      rules: semaforoRules(a1(top, col), scale),
    });
    ctx.plan.settings.celdas.push(`${quoteSheet(ctx.sheet.name)}!${range}`);
  }
  const written = new Set(rowsWritten);
  const placedOf = (role: Target["role"]) =>
    targets
      .filter((t) => t.role === role && written.has(t.row))
      .map((t) => ({ code: t.code, cell: a1(t.row, col), value: t.value }));
  const aeiCells = placedOf("aei");
  const aoCells = placedOf("ao");
  return { aeiCells, aoCells };
}

export const quoteSheet = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/** Consecutive runs of rows, for one conditional-format block each. */
function blocks(rows: number[]): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** The matrix's own avance column when its target cells are free, else the first free column to the right. */
function chooseColumn(ctx: Context, m: DetectedMatrix, targets: Target[]): number {
  // A column an earlier run wrote (listed in the settings) is reused, so applying twice is idempotent.
  const first = targets[0] as Target;
  for (let c = m.header.left; c < m.header.right + 200; c++) {
    if (ctx.owned.has(key(ctx.sheet.name, a1(first.row, c)))) return c;
  }
  const existing = m.kind === "pei-seguimiento" ? periodColumns(m).avance : undefined;
  if (existing !== undefined && targets.every((t) => isOurs(ctx, t.row, existing))) return existing;
  const last = Math.max(m.lastRow, m.header.bottom);
  for (let c = m.header.right + 1; c < m.header.right + 200; c++) {
    let free = true;
    for (let r = m.header.top; r <= last && free; r++) free = isOurs(ctx, r, c);
    if (free) return c;
  }
  return m.header.right + 1;
}

function placeHeader(ctx: Context, m: DetectedMatrix, col: number, text: string) {
  const { top, bottom } = m.header;
  if (isOurs(ctx, top, col, text)) {
    ctx.plan.cells.push({
      sheet: ctx.sheet.name,
      address: a1(top, col),
      value: text,
      text: true,
      style: "header",
    });
    ctx.plan.settings.celdas.push(`${quoteSheet(ctx.sheet.name)}!${a1(top, col)}`);
  }
  const label = m.header.columns.avances[0]?.label || m.header.columns.valores[0]?.label || "";
  if (bottom > top && isOurs(ctx, bottom, col, label)) {
    ctx.plan.cells.push({
      sheet: ctx.sheet.name,
      address: a1(bottom, col),
      value: label,
      text: true,
      style: "header",
    });
    ctx.plan.settings.celdas.push(`${quoteSheet(ctx.sheet.name)}!${a1(bottom, col)}`);
  }
}

const isText = (sheet: SheetData, row: number, col: number) =>
  typeof cellAt(sheet, row, col) === "string";

/** Native formula, or the custom one with a note when Excel's length limit is reached. */
function portable(ctx: Context, native: () => string, custom: string, where: string): string {
  if (ctx.options.mode === "personalizadas") return custom;
  try {
    return native();
  } catch (error) {
    if (!(error instanceof NativeFormulaTooLong)) throw error;
    ctx.plan.notes.push(
      `${ctx.sheet.name}!${where}: ${error.message} Se escribió la función PLAN.`
    );
    return custom;
  }
}

function peiTargets(ctx: Context, m: DetectedMatrix, scale: Scale): Target[] {
  const { sheet, options } = ctx;
  const cols = periodColumns(m);
  if (cols.logro === undefined || cols.valor === undefined) return [];
  const results = new Map(
    validatePei(sheet, m, new FindingCollector(1), { scale, tope: options.tope }).map((r) => [
      r.row,
      r,
    ])
  );
  const sentidoCol = m.header.columns.single.sentido;
  const targets: Target[] = [];
  const indicatorsOf = new Map<string, number[]>();
  for (const r of m.rows) {
    if (r.role !== "indicador") continue;
    const parent = r.code?.parent ?? r.parentAei;
    if (parent) indicatorsOf.set(parent, [...(indicatorsOf.get(parent) ?? []), r.row]);
    const vo = a1(r.row, cols.valor);
    const le = a1(r.row, cols.logro);
    const sentidoRef = sentidoCol === undefined ? null : a1(r.row, sentidoCol);
    const parsed =
      sentidoCol === undefined
        ? "ascendente"
        : readSentido(cellText(cellAt(sheet, r.row, sentidoCol)) || null);
    const sentido = isPlanError(parsed) ? "ascendente" : parsed;
    const args = [
      vo,
      le,
      sentidoRef ?? (options.tope ? null : ""),
      options.tope ? null : "FALSE",
    ].filter((x) => x !== null);
    const custom = `=PLAN.AVANCE_TIPO1(${args.join(",")})`;
    targets.push({
      row: r.row,
      code: r.code?.code ?? `fila ${r.row + 1}`,
      role: "indicador",
      value: results.get(r.row)?.value ?? null,
      formula: () =>
        portable(
          ctx,
          () =>
            nativeAvanceTipo1(
              { ref: vo, text: isText(sheet, r.row, cols.valor as number) },
              { ref: le, text: isText(sheet, r.row, cols.logro as number) },
              sentido,
              options.tope
            ),
          custom,
          vo
        ),
    });
  }
  for (const r of m.rows) {
    if (r.role !== "aei" || !r.code) continue;
    const rows = indicatorsOf.get(r.code.code) ?? [];
    if (rows.length === 0) continue;
    targets.push({
      row: r.row,
      code: r.code.code,
      role: "aei",
      value: results.get(r.row)?.value ?? null,
      formula: (col) => {
        const contiguous = rows.every((x, i) => i === 0 || x === (rows[i - 1] as number) + 1);
        const range = contiguous
          ? rangeA1(rows[0] as number, col, rows[rows.length - 1] as number, col)
          : rows.map((x) => a1(x, col)).join(",");
        if (ctx.options.mode === "personalizadas" && contiguous)
          return `=PLAN.PROMEDIO_AVANCE(${range})`;
        // Several ranges: AVERAGE takes a list; PROMEDIO_AVANCE takes one range.
        return contiguous
          ? nativePromedioAvance(range)
          : `=IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),2))`;
      },
    });
  }
  return targets.sort((a, b) => a.row - b.row);
}

function poiTargets(ctx: Context, m: DetectedMatrix, scale: Scale): Target[] {
  const { sheet, options } = ctx;
  const out = new FindingCollector(1);
  const results =
    m.kind === "poi-export"
      ? validatePoiExport(sheet, m, out, { scale, tope: options.tope })
      : validatePoiSeguimiento(sheet, m, out, { scale, tope: options.tope });
  // Cached values follow the cap the formula applies.
  const capped = (v: number | null | undefined) =>
    v === null || v === undefined ? null : options.tope ? Math.min(100, v) : v;
  const byCode = new Map(results.map((r) => [r.code, { ...r, value: capped(r.value) }]));
  const targets: Target[] = [];
  if (m.kind === "poi-export") {
    const re = contiguousRange(m.header.columns.families.RE ?? []);
    const se = contiguousRange(m.header.columns.families.SE ?? []);
    if (!re || !se) return [];
    const acumCol = m.header.columns.single.tipoAcumulacion;
    for (const r of m.rows.filter((x) => x.role === "ao")) {
      const id = cellText(
        cellAt(
          sheet,
          r.row,
          m.header.columns.single.actividadId ?? m.header.columns.single.actividad ?? m.header.left
        )
      );
      const mode =
        acumCol !== undefined &&
        cellText(cellAt(sheet, r.row, acumCol))
          .toUpperCase()
          .startsWith("N")
          ? "ultimo"
          : "suma";
      targets.push(
        ejecucionTarget(ctx, {
          row: r.row,
          code: id,
          value: byCode.get(id)?.value ?? null,
          mode,
          prog: { row: r.row, cols: re },
          exec: { row: r.row, cols: se },
        })
      );
    }
    return targets;
  }
  const months = contiguousRange(m.header.columns.months);
  if (!months) {
    ctx.plan.notes.push(
      `${sheet.name}: los meses de ${m.headerA1} no están en columnas contiguas; no se escribió la ejecución.`
    );
    return [];
  }
  const acumCol = m.header.columns.single.tipoAcumulacion;
  const lines = new Map<string, { p?: MatrixRow; e?: MatrixRow }>();
  for (const r of m.rows) {
    if ((r.role !== "programado" && r.role !== "ejecutado") || !r.aoKey) continue;
    const g = lines.get(r.aoKey) ?? {};
    if (r.role === "programado") g.p ??= r;
    else g.e ??= r;
    lines.set(r.aoKey, g);
  }
  for (const [code, g] of lines) {
    if (!g.p || !g.e) continue;
    const acum = acumCol !== undefined ? cellText(cellAt(sheet, g.p.row, acumCol)) : "";
    const mode = foldText(acum).startsWith("no") ? "ultimo" : "suma";
    targets.push(
      ejecucionTarget(ctx, {
        row: g.e.row,
        code,
        value: byCode.get(code)?.value ?? null,
        mode,
        prog: { row: g.p.row, cols: months },
        exec: { row: g.e.row, cols: months },
      })
    );
  }
  return targets.sort((a, b) => a.row - b.row);
}

interface EjecucionSpec {
  row: number;
  code: string;
  value: number | null;
  mode: "suma" | "ultimo";
  prog: { row: number; cols: [number, number] };
  exec: { row: number; cols: [number, number] };
}

/** The % ejecución target of one AO: PLAN.EJECUCION, or its native twin for "Acumulado anual". */
function ejecucionTarget(ctx: Context, spec: EjecucionSpec): Target {
  const range = (x: EjecucionSpec["prog"]) => rangeA1(x.row, x.cols[0], x.row, x.cols[1]);
  const p = range(spec.prog);
  const e = range(spec.exec);
  const custom = `=PLAN.EJECUCION(${p},${e},"${spec.mode}"${ctx.options.tope ? ",,TRUE" : ""})`;
  const native = () =>
    nativeEjecucion(
      { range: p, first: a1(spec.prog.row, spec.prog.cols[0]) },
      { range: e, first: a1(spec.exec.row, spec.exec.cols[0]) },
      null,
      ctx.options.tope
    );
  return {
    row: spec.row,
    code: spec.code,
    role: "ao",
    value: spec.value,
    formula: () =>
      spec.mode === "suma" ? portable(ctx, native, custom, p) : nativeFallback(ctx, custom, p),
  };
}

function nativeFallback(ctx: Context, custom: string, where: string): string {
  if (ctx.options.mode === "nativas") {
    ctx.plan.notes.push(
      `${ctx.sheet.name}!${where}: «No acumulado» no tiene fórmula nativa equivalente; se escribió la función PLAN.`
    );
  }
  return custom;
}

/** [first, last] column when the columns are consecutive; null otherwise. */
function contiguousRange(cols: (number | undefined)[]): [number, number] | null {
  const present = cols.filter((c): c is number => c !== undefined);
  if (present.length === 0) return null;
  const ok = present.every((c, i) => i === 0 || c === (present[i - 1] as number) + 1);
  return ok ? [present[0] as number, present[present.length - 1] as number] : null;
}
