import type { DetectedMatrix } from "../detect/matrix";
import { foldText } from "../text/normalize";

/**
 * Which logro esperado and valor obtenido columns measure the report's period: the valor column
 * under the same period label as the avance column, else a semester column, else the last one; and
 * the logro of that year (the semester report divides the semester VO by the annual LE), else the first logro.
 */
export function periodColumns(m: DetectedMatrix) {
  const { logros, valores, avances } = m.header.columns;
  const avance = avances[avances.length - 1];
  const valor =
    valores.find((v) => avance && v.label && foldText(v.label) === foldText(avance.label)) ??
    valores.find((v) => v.semester !== undefined) ??
    valores[valores.length - 1];
  const yearText = valor?.label.match(/20\d\d/)?.[0];
  const year = valor?.year ?? (yearText ? Number(yearText) : undefined);
  const logro = logros.find((l) => year !== undefined && l.year === year) ?? logros[0];
  return { logro: logro?.col, valor: valor?.col, avance: avance?.col };
}
