import { avanceTipo1 } from "../calc/avance";
import { inferSentido, readSentido, type Sentido } from "../calc/sentido";
import { isPlanError } from "../errors";
import { roundHalfUp } from "../numbers/round";
import { classify } from "../scales/scale";
import { a1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import type { DetectedMatrix, MatrixRow } from "../detect/matrix";
import { formatNumber, readNumericCell } from "./cells";
import type { FindingCollector } from "./findings";
import type { MatrixResult, ValidationOptions } from "./types";

const CODE_LIKE = /^(OEI|AEI|IND)\b/i;

/** Which logro esperado and valor obtenido columns measure the report's period. */
export function periodColumns(m: DetectedMatrix) {
  const { logros, valores, avances } = m.header.columns;
  const avance = avances[avances.length - 1];
  const valor =
    valores.find((v) => avance && v.label && foldText(v.label) === foldText(avance.label)) ??
    valores.find((v) => v.semester !== undefined) ??
    valores[valores.length - 1];
  const year =
    valor?.year ??
    (valor?.label.match(/20\d\d/) ? Number(valor.label.match(/20\d\d/)?.[0]) : undefined);
  const logro = logros.find((l) => year !== undefined && l.year === year) ?? logros[0];
  return { logro: logro?.col, valor: valor?.col, avance: avance?.col };
}

interface IndicatorCalc {
  row: MatrixRow;
  avance: number | null;
}

/** Validates a PEI matrix (seguimiento or matriz) and computes indicator and AEI avances. */
export function validatePei(
  sheet: SheetData,
  m: DetectedMatrix,
  out: FindingCollector,
  opts: ValidationOptions
): MatrixResult[] {
  const s = m.header.columns.single;
  const codeCol = s.codigo ?? s.objetivoAccion ?? m.header.left;
  const cols = periodColumns(m);
  const seguimiento = m.kind === "pei-seguimiento";
  const seen = new Map<string, string>();
  const oeis = new Set<string>();
  const aeiIndicators = new Map<string, IndicatorCalc[]>();
  const aeiRows = new Map<string, MatrixRow>();
  const oeiAeis = new Map<string, number>();
  let lastOei: string | undefined;
  const hasOeiRows = m.rows.some((r) => r.role === "oei");
  const results: MatrixResult[] = [];

  for (const r of m.rows) {
    const codeCell = a1(r.row, codeCol);
    if (
      r.role === "section" &&
      r.label &&
      CODE_LIKE.test(r.label.trim()) &&
      !/^(oei|aei)\b.*\b(del|de la)\b/i.test(r.label)
    ) {
      out.error(
        "V1.codigo",
        codeCell,
        `«${r.label}» parece un código pero no tiene la forma OEI.01, AEI.01.02 o IND.01.AEI.01.02.`
      );
    }
    if (r.code) {
      const first = seen.get(r.code.code);
      if (first)
        out.error("V12.duplicado", codeCell, `El código ${r.code.code} ya aparece en ${first}.`);
      else seen.set(r.code.code, codeCell);
    }
    if (r.role === "oei" && r.code) {
      lastOei = r.code.code;
      oeis.add(lastOei);
      oeiAeis.set(lastOei, oeiAeis.get(lastOei) ?? 0);
    }
    if (r.role === "aei" && r.code) {
      aeiRows.set(r.code.code, r);
      if (!aeiIndicators.has(r.code.code)) aeiIndicators.set(r.code.code, []);
      if (hasOeiRows) {
        if (lastOei && r.code.parent !== lastOei) {
          out.error(
            "V1.jerarquia",
            codeCell,
            `${r.code.code} está bajo ${lastOei}, pero su código indica ${r.code.parent}.`
          );
        }
        if (r.code.parent) oeiAeis.set(r.code.parent, (oeiAeis.get(r.code.parent) ?? 0) + 1);
      }
      // In a PEI table the AEI row may carry its first indicator (seed 004's Cuadro N° 1).
      if (s.indicador !== undefined && cellText(cellAt(sheet, r.row, s.indicador)) !== "") {
        aeiIndicators.get(r.code.code)?.push(checkIndicator(sheet, m, r, out, opts, cols));
      }
    }
    if (r.role === "indicador") {
      if (r.code?.parent && r.parentAei && r.code.parent !== r.parentAei) {
        out.error(
          "V1.jerarquia",
          codeCell,
          `${r.code.code} está bajo ${r.parentAei}, pero su código indica ${r.code.parent}.`
        );
      }
      const parent = r.code?.parent ?? r.parentAei;
      const calc = checkIndicator(sheet, m, r, out, opts, cols);
      if (parent) {
        const list = aeiIndicators.get(parent) ?? [];
        list.push(calc);
        aeiIndicators.set(parent, list);
      }
      if (seguimiento && r.code) {
        results.push(
          resultOf(r.code.code, r, calc.avance, cols.avance ?? codeCol, opts, "indicador")
        );
      }
    }
  }

  for (const [aei, inds] of aeiIndicators) {
    const row = aeiRows.get(aei);
    if (inds.length === 0 && row) {
      out.error(
        "V2.aei-sin-indicador",
        a1(row.row, codeCol),
        `La AEI ${aei} no tiene indicadores.`
      );
    }
    if (!seguimiento || !row) continue;
    const values = inds.map((i) => i.avance).filter((v): v is number => v !== null);
    const mean = values.length
      ? roundHalfUp(values.reduce((a, b) => a + b, 0) / values.length, 2)
      : null;
    results.push(resultOf(aei, row, mean, cols.avance ?? codeCol, opts, "aei"));
    checkPrinted(sheet, row, cols.avance, mean, out, `la AEI ${aei} (promedio de sus indicadores)`);
  }
  if (hasOeiRows) {
    for (const oei of oeis) {
      if ((oeiAeis.get(oei) ?? 0) === 0) {
        const row = m.rows.find((r) => r.code?.code === oei) as MatrixRow;
        out.error("V2.oei-sin-aei", a1(row.row, codeCol), `El ${oei} no tiene AEI.`);
      }
    }
  }
  checkAverageRow(sheet, m, cols.avance, out);
  checkPriorities(sheet, m, aeiRows, s.denominacion ?? s.objetivoAccion, out);
  return results;
}

function resultOf(
  code: string,
  r: MatrixRow,
  value: number | null,
  col: number,
  opts: ValidationOptions,
  role: "indicador" | "aei"
): MatrixResult {
  return {
    code,
    cell: a1(r.row, col),
    value,
    level: classify(value, opts.scale),
    row: r.row,
    role,
  };
}

function checkIndicator(
  sheet: SheetData,
  m: DetectedMatrix,
  r: MatrixRow,
  out: FindingCollector,
  opts: ValidationOptions,
  cols: ReturnType<typeof periodColumns>
): IndicatorCalc {
  const s = m.header.columns.single;
  const name =
    s.indicador !== undefined
      ? cellText(cellAt(sheet, r.row, s.indicador))
      : cellText(cellAt(sheet, r.row, s.denominacion ?? 1));
  const who = r.code?.code ?? `el indicador «${name.slice(0, 60)}»`;
  const le = readNumericCell(sheet, r.row, cols.logro, out, `Logro esperado de ${who}`);
  const vo = readNumericCell(sheet, r.row, cols.valor, out, `Valor obtenido de ${who}`);
  if (cols.logro !== undefined && le === null) {
    out.error("V7.requerido", a1(r.row, cols.logro), `Falta el logro esperado de ${who}.`);
  }
  if (m.kind === "pei-matriz") {
    if (s.unidadMedida !== undefined && cellText(cellAt(sheet, r.row, s.unidadMedida)) === "") {
      out.error("V7.requerido", a1(r.row, s.unidadMedida), `Falta la unidad de medida de ${who}.`);
    }
  }
  if (le === 0 && cols.logro !== undefined) {
    out.warning(
      "V9.sin-logro",
      a1(r.row, cols.logro),
      `${who} tiene logro esperado 0: el aplicativo le asigna Avance Tipo I 0 (sin logro esperado).`
    );
  }
  // Sentido as stated, and as the logros imply.
  let sentido: Sentido = "ascendente";
  let stated = "";
  if (s.sentido !== undefined) {
    stated = cellText(cellAt(sheet, r.row, s.sentido));
    const parsed = stated ? readSentido(stated) : "ascendente";
    if (isPlanError(parsed))
      out.warning(
        "V8.sentido",
        a1(r.row, s.sentido),
        `Sentido no reconocido en ${who}: «${stated}».`
      );
    else sentido = parsed;
    if (stated === "")
      out.error("V7.requerido", a1(r.row, s.sentido), `Falta el sentido esperado de ${who}.`);
  }
  const lbCol = m.header.columns.lineaBase.valor;
  const lb = readNumericCell(sheet, r.row, lbCol, out, `Línea base de ${who}`);
  const series = m.header.columns.logros.map((l) =>
    readNumericCell(sheet, r.row, l.col, out, `Logro esperado ${l.year ?? ""} de ${who}`)
  );
  if (series.length >= 2) {
    const values = [lb, ...series].filter((v): v is number => v !== null);
    const inferred = inferSentido(values);
    const firstLogro = m.header.columns.logros[0]?.col as number;
    if (inferred === "Mixto") {
      out.warning(
        "V8.sentido",
        a1(r.row, firstLogro),
        `Los logros esperados de ${who} suben y bajan (${values.map(formatNumber).join(", ")}); revise la serie.`
      );
    } else if (inferred && stated) {
      const fold = foldText(stated);
      const agrees =
        (inferred === "Ascendente" && fold.startsWith("asc")) ||
        (inferred === "Descendente" && fold.startsWith("desc")) ||
        (inferred === "No definido" &&
          (fold.startsWith("no definido") || fold.includes("permisible")));
      if (!agrees) {
        out.warning(
          "V8.sentido",
          a1(r.row, s.sentido as number),
          `${who} dice «${stated}», pero sus logros esperados son ${inferred.toLowerCase()}.`
        );
      }
    }
  }
  if (lb !== null && le !== null && lb === le && lbCol !== undefined) {
    out.info(
      "V9.tipo2",
      a1(r.row, cols.logro as number),
      `${who}: el logro esperado es igual a la línea base (${formatNumber(le)}); el Avance Tipo II no es calculable.`
    );
  }
  const isPercent =
    /^porcentaje\b|%/.test(foldText(name)) ||
    (s.unidadMedida !== undefined &&
      /^(%|porcentaje)$/.test(foldText(cellText(cellAt(sheet, r.row, s.unidadMedida)))));
  for (const [value, col, what] of [
    [le, cols.logro, "logro esperado"],
    [vo, cols.valor, "valor obtenido"],
  ] as const) {
    if (value === null || col === undefined) continue;
    if (value < 0)
      out.warning(
        "V10.rango",
        a1(r.row, col),
        `${who}: el ${what} es negativo (${formatNumber(value)}).`
      );
    else if (isPercent && value > 100)
      out.warning(
        "V10.rango",
        a1(r.row, col),
        `${who} es un porcentaje, pero su ${what} es ${formatNumber(value)}.`
      );
  }
  const avance = m.kind === "pei-seguimiento" ? computed(vo, le, sentido, opts.tope) : null;
  if (m.kind === "pei-seguimiento") {
    const note =
      s.sentido === undefined ? " con sentido ascendente (la tabla no indica el sentido)" : "";
    checkPrinted(sheet, r, cols.avance, avance, out, `${who}${note}`);
  }
  return { row: r, avance };
}

function computed(
  vo: number | null,
  le: number | null,
  sentido: Sentido,
  tope: boolean
): number | null {
  const v = avanceTipo1(vo, le, sentido, tope);
  return typeof v === "number" ? v : null;
}

function checkPrinted(
  sheet: SheetData,
  r: MatrixRow,
  col: number | undefined,
  value: number | null,
  out: FindingCollector,
  who: string
) {
  if (col === undefined || value === null) return;
  const printed = cellAt(sheet, r.row, col);
  const n = typeof printed === "number" ? printed : null;
  if (n === null) return;
  if (Math.abs(n - value) > 0.01) {
    out.warning(
      "V13.avance",
      a1(r.row, col),
      `El avance impreso (${formatNumber(n)}) no coincide con el recalculado para ${who} (${formatNumber(value)}).`
    );
  }
}

/** "Avance promedio de AEI" rows: the printed value is the simple mean of the AEI rows' avances. */
function checkAverageRow(
  sheet: SheetData,
  m: DetectedMatrix,
  col: number | undefined,
  out: FindingCollector
) {
  if (col === undefined) return;
  const aeiValues = m.rows
    .filter((r) => r.role === "aei")
    .map((r) => cellAt(sheet, r.row, col))
    .filter((v): v is number => typeof v === "number");
  for (const r of m.rows.filter((x) => x.role === "total")) {
    if (!/promedio/.test(foldText(r.label ?? ""))) continue;
    const printed = (sheet.rows[r.row] ?? [])
      .filter((v): v is number => typeof v === "number")
      .pop();
    if (printed === undefined || aeiValues.length === 0) continue;
    const mean = roundHalfUp(aeiValues.reduce((a, b) => a + b, 0) / aeiValues.length, 2);
    if (Math.abs(mean - printed) > 0.01) {
      const cell = a1(r.row, (sheet.rows[r.row] ?? []).lastIndexOf(printed));
      out.warning(
        "V13.promedio",
        cell,
        `El promedio impreso (${formatNumber(printed)}) no es la media simple de las ${aeiValues.length} AEI (${formatNumber(mean)}).`
      );
    }
  }
}

/** "(Prioridad:N)" in AEI names: 1..k without gaps or repeats inside each OEI. */
function checkPriorities(
  sheet: SheetData,
  m: DetectedMatrix,
  aeiRows: Map<string, MatrixRow>,
  nameCol: number | undefined,
  out: FindingCollector
) {
  if (nameCol === undefined) return;
  const byOei = new Map<string, { aei: string; p: number; row: number }[]>();
  for (const [aei, r] of aeiRows) {
    const match = /\(\s*prioridad\s*:?\s*(\d+)\s*\)/i.exec(cellText(cellAt(sheet, r.row, nameCol)));
    if (!match) continue;
    const oei = `OEI.${aei.slice(4, 6)}`;
    const list = byOei.get(oei) ?? [];
    list.push({ aei, p: Number(match[1]), row: r.row });
    byOei.set(oei, list);
  }
  for (const [oei, list] of byOei) {
    const sorted = [...list].sort((a, b) => a.p - b.p);
    const ok = sorted.every((x, i) => x.p === i + 1);
    if (!ok) {
      out.info(
        "V14.prioridad",
        a1((list[0] as { row: number }).row, nameCol),
        `Las prioridades de las AEI del ${oei} (${sorted.map((x) => x.p).join(", ")}) no van de 1 a ${list.length} sin saltos ni repeticiones.`
      );
    }
  }
  void m;
}
