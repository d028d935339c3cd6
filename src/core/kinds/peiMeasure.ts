import { readSentido, type Sentido } from "../calc/sentido";
import { isPlanError } from "../errors";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import { readCell, readText, type CellRead } from "../measure/cellRead";
import { evaluate } from "../measure/evaluate";
import { onceReader } from "../measure/rowReader";
import type { Calc, CalcArg, Item, PeiAeiItem, PeiIndicatorItem } from "../measure/item";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import type { Measured, MeasureOptions } from "./kind";
import { periodColumns } from "./peiColumns";
import { peiCodeColumn } from "./peiRows";

/**
 * Measures a PEI table once: every indicator (its LE of the period, VO, línea base, LE series,
 * sentido) and every AEI (the mean of its indicators). In a seguimiento report each indicator's
 * avance is AVANCE_TIPO1(VO, LE, sentido, tope) and each AEI's is PROMEDIO_AVANCE of its
 * indicators; a matriz (no valores obtenidos) has no avance.
 */
export function measurePei(sheet: SheetData, m: DetectedMatrix, options: MeasureOptions): Measured {
  const reads: CellRead[] = [];
  const read = onceReader(sheet, reads);
  const cols = periodColumns(m);
  const seguimiento = m.kind === "pei-seguimiento";
  const tope = options.tope ?? true;
  const items: Item[] = [];
  const aeis = new Map<string, PeiAeiItem>();

  const indicator = (r: MatrixRow, embedded: boolean): PeiIndicatorItem => {
    const item = measureIndicator(sheet, m, r, read, cols);
    item.reported = seguimiento && !embedded && !!r.code;
    if (seguimiento && !embedded && item.valor && item.logro) {
      item.calc = tipo1Calc(item, tope);
      finish(item, item.calc, options);
    } else item.level = classify(null, options.scale);
    const parent = r.role === "aei" ? r.code?.code : (r.code?.parent ?? r.parentAei);
    item.parentAei = parent;
    if (parent) aeis.get(parent)?.indicators.push(item);
    item.embedded = embedded;
    return item;
  };

  for (const r of m.rows) {
    if (r.role === "aei" && r.code) {
      const existing = aeis.get(r.code.code);
      const aei: PeiAeiItem = existing ?? {
        type: "aei",
        code: r.code.code,
        planCode: r.code,
        row: r.row,
        role: "aei",
        cell: a1(r.row, cols.avance ?? peiCodeColumn(m)),
        indicators: [],
        value: null,
        level: "",
        reported: seguimiento,
        name: readText(
          sheet,
          r.row,
          m.header.columns.single.denominacion ?? m.header.columns.single.objetivoAccion
        ),
        printed: readCell(sheet, r.row, cols.avance, `Avance de ${r.code.code}`),
      };
      if (existing) existing.row = r.row;
      else {
        aeis.set(aei.code, aei);
        items.push(aei);
      }
      // In a PEI table the AEI row may carry its first indicator (EMSAPUNO's PEI table, Cuadro N° 1).
      const s = m.header.columns.single;
      if (s.indicador !== undefined && cellText(cellAt(sheet, r.row, s.indicador)) !== "") {
        items.push(indicator(r, true));
      }
    }
    if (r.role === "indicador") items.push(indicator(r, false));
  }
  for (const aei of aeis.values()) {
    const written = aei.indicators.filter((i) => !i.embedded);
    if (seguimiento && written.length > 0) {
      aei.calc = { fn: "PROMEDIO_AVANCE", args: [{ kind: "results", items: written }] };
      finish(aei, aei.calc, options);
    } else aei.level = classify(null, options.scale);
  }
  return { items, reads };
}

function finish(item: Item, calc: Calc, options: MeasureOptions) {
  item.value = evaluate(calc).value;
  item.level = classify(item.value, options.scale);
}

export type Reader = (row: number, col: number | undefined, what: string) => CellRead | undefined;

export function measureIndicator(
  sheet: SheetData,
  m: DetectedMatrix,
  r: MatrixRow,
  read: Reader,
  cols: ReturnType<typeof periodColumns>
): PeiIndicatorItem {
  const s = m.header.columns.single;
  const name = cellText(cellAt(sheet, r.row, s.indicador ?? s.denominacion ?? 1));
  const who = r.code?.code ?? `el indicador «${name.slice(0, 60)}»`;
  const logro = read(r.row, cols.logro, `Logro esperado de ${who}`);
  const valor = read(r.row, cols.valor, `Valor obtenido de ${who}`);
  const lineaBase = read(r.row, m.header.columns.lineaBase.valor, `Línea base de ${who}`);
  const series = m.header.columns.logros.map((l) => ({
    year: l.year,
    read: read(r.row, l.col, `Logro esperado ${l.year ?? ""} de ${who}`) as CellRead,
  }));
  const sentidoCell = readText(sheet, r.row, s.sentido);
  const parsed = sentidoCell?.text ? readSentido(sentidoCell.text) : "ascendente";
  const sentido: Sentido = isPlanError(parsed) ? "ascendente" : parsed;
  return {
    type: "indicador",
    code: r.code?.code ?? `fila ${r.row + 1}`,
    planCode: r.code,
    row: r.row,
    role: "indicador",
    cell: a1(r.row, cols.avance ?? peiCodeColumn(m)),
    who,
    name,
    logro,
    valor,
    lineaBase,
    series,
    sentidoCell,
    sentido,
    sentidoValid: !isPlanError(parsed),
    unidad: readText(sheet, r.row, s.unidadMedida),
    printed:
      cols.avance === undefined
        ? undefined
        : readCell(sheet, r.row, cols.avance, `Avance de ${who}`),
    embedded: false,
    value: null,
    level: "",
    reported: false,
  };
}

/**
 * AVANCE_TIPO1(VO, LE, sentido, tope). The sentido is the table's own cell when it has one the
 * functions understand; an unreadable one is replaced by Ascendente (V8 says so) so that the
 * formula computes what the report shows.
 */
function tipo1Calc(item: PeiIndicatorItem, tope: boolean): Calc {
  const sentido: CalcArg = !item.sentidoCell
    ? { kind: "omitted" }
    : item.sentidoValid
      ? { kind: "text", cell: item.sentidoCell }
      : { kind: "literal", value: "Ascendente" };
  const args: CalcArg[] = [
    { kind: "cells", cells: [item.valor as CellRead] },
    { kind: "cells", cells: [item.logro as CellRead] },
    sentido,
  ];
  if (!tope) args.push({ kind: "literal", value: false });
  return { fn: "AVANCE_TIPO1", args };
}
