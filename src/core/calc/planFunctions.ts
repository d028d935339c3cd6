import { isPlanError, PlanCallError, valueError, type PlanError } from "../errors";
import { readBoolean } from "../numbers/parseBoolean";
import { readNumber } from "../numbers/parseNumber";
import { perSeries, seriesOf, zipCells, type Cell, type Grid } from "../grid/grid";
import { classify, NO_DATA_LABEL } from "../scales/scale";
import { readScale } from "../scales/readScale";
import { foldText } from "../text/normalize";
import { acumular, readAcumulacion } from "./acumular";
import { avanceFinanciero, avanceTipo1, avanceTipo2 } from "./avance";
import { ejecucion } from "./ejecucion";
import { inferSentido, readSentido } from "./sentido";
import { roundHalfUp } from "../numbers/round";
import { paramNames, type PlanFunctionName } from "./functionSpecs";

/**
 * The nine PLAN functions over cell blocks, shared by the Excel custom functions and the CLI.
 * Each returns a block of result cells; a malformed call throws PlanCallError.
 */
type Arg = Grid | null;

function firstError(a: unknown, b: unknown, c?: unknown, d?: unknown, e?: unknown) {
  if (isPlanError(a)) return a;
  if (isPlanError(b)) return b;
  if (isPlanError(c)) return c;
  if (isPlanError(d)) return d;
  if (isPlanError(e)) return e;
  return undefined;
}

/** Memoises a parser of option cells (sentido, tope…), which repeat down a column. */
function memo<T>(read: (value: unknown) => T): (value: unknown) => T {
  const cache = new Map<unknown, T>();
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined && !cache.has(value)) {
      hit = read(value);
      if (cache.size < 64) cache.set(value, hit);
    }
    return hit as T;
  };
}

/** Numbers of one series; the first unreadable cell is returned as the error. */
function numbersOf(values: readonly unknown[], what: string): (number | null)[] | PlanError {
  const out: (number | null)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const n = readNumber(values[i], what);
    if (isPlanError(n)) return n;
    out[i] = n;
  }
  return out;
}

export function AVANCE_TIPO1(vo: Arg, le: Arg, sentido: Arg, tope: Arg): Cell[][] {
  const names = paramNames("AVANCE_TIPO1");
  const sentidoOf = memo(readSentido);
  const topeOf = memo((t) => readBoolean(t, true, "tope"));
  return zipCells([vo, le, sentido, tope], names, ([v, l, s, t]) => {
    const nv = readNumber(v, "valor_obtenido");
    const nl = readNumber(l, "logro_esperado");
    const ns = sentidoOf(s);
    const nt = topeOf(t);
    const err = firstError(nv, nl, ns, nt);
    if (err) return err;
    return avanceTipo1(nv as number | null, nl as number | null, ns as never, nt as boolean);
  });
}

export function AVANCE_TIPO2(vo: Arg, le: Arg, lb: Arg, sentido: Arg, tope: Arg): Cell[][] {
  const names = paramNames("AVANCE_TIPO2");
  return zipCells([vo, le, lb, sentido, tope], names, ([v, l, b, s, t]) => {
    const nv = readNumber(v, "valor_obtenido");
    const nl = readNumber(l, "logro_esperado");
    const nb = readNumber(b, "linea_base");
    const nt = readBoolean(t, true, "tope");
    const err = firstError(nv, nl, nb, readSentido(s), nt);
    if (err) return err;
    return avanceTipo2(
      nv as number | null,
      nl as number | null,
      nb as number | null,
      nt as boolean
    );
  });
}

export function SENTIDO(lineaBase: Arg, logros: Arg): Cell[][] {
  if (!lineaBase || !logros)
    throw valueErrorCall("SENTIDO necesita linea_base y logros_esperados.");
  const series = seriesOf(logros);
  const bases = perSeries(lineaBase, series.length, "linea_base");
  return series.map((row, i) => {
    const values = numbersOf([bases[i], ...row], "logros_esperados");
    if (isPlanError(values)) return [values];
    const present = values.filter((v): v is number => v !== null);
    return [inferSentido(present) ?? ""];
  });
}

export function ACUMULAR(valores: Arg, acumulacion: Arg): Cell[][] {
  if (!valores) throw valueErrorCall("ACUMULAR necesita valores.");
  const series = seriesOf(valores);
  const modes = perSeries(acumulacion, series.length, "acumulacion");
  return series.map((row, i) => {
    const mode = readAcumulacion(modes[i]);
    const values = numbersOf(row, "valores");
    const err = firstError(mode, values);
    if (err) return [err];
    return [acumular(values as (number | null)[], mode as never)];
  });
}

export function EJECUCION(prog: Arg, ejec: Arg, acum: Arg, hasta: Arg, tope: Arg): Cell[][] {
  if (!prog || !ejec) throw valueErrorCall("EJECUCION necesita programado y ejecutado.");
  const p = seriesOf(prog);
  const e = seriesOf(ejec);
  if (p.length !== e.length || p.some((row, i) => row.length !== e[i]?.length)) {
    throw valueErrorCall("programado y ejecutado deben tener la misma forma (los mismos meses).");
  }
  const modes = perSeries(acum, p.length, "acumulacion");
  const months = perSeries(hasta, p.length, "hasta_mes");
  const caps = perSeries(tope, p.length, "tope");
  return p.map((row, i) => {
    const np = numbersOf(row, "programado");
    const ne = numbersOf(e[i] as unknown[], "ejecutado");
    const mode = readAcumulacion(modes[i]);
    const h = readNumber(months[i], "hasta_mes");
    const t = readBoolean(caps[i], false, "tope");
    const err = firstError(np, ne, mode, h, t);
    if (err) return [err];
    return [ejecucion(np as never, ne as never, mode as never, h as number | null, t as boolean)];
  });
}

export function SEMAFORO(avance: Arg, escala: Arg): Cell[][] {
  const scale = readScale(escala, "CEPLAN_SEMESTRAL");
  return zipCells([avance], paramNames("SEMAFORO"), ([a]) => {
    if (isPlanError(scale)) return scale;
    const n = readNumber(a, "avance");
    return isPlanError(n) ? n : classify(n, scale);
  });
}

export function PROMEDIO_AVANCE(avances: Arg): Cell[][] {
  if (!avances) throw valueErrorCall("PROMEDIO_AVANCE necesita un rango de avances.");
  const values = numbersOf(avances.flat(), "avances");
  if (isPlanError(values)) return [[values]];
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return [[""]];
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  return [[roundHalfUp(mean, 2)]];
}

export function AVANCE_FINANCIERO(devengado: Arg, pim: Arg): Cell[][] {
  return zipCells([devengado, pim], paramNames("AVANCE_FINANCIERO"), ([d, p]) => {
    const nd = readNumber(d, "devengado");
    const np = readNumber(p, "pim");
    const err = firstError(nd, np);
    return err ?? avanceFinanciero(nd as number | null, np as number | null);
  });
}

export function CONTAR_NIVEL(avances: Arg, nivel: Arg, escala: Arg): Cell[][] {
  if (!avances) throw valueErrorCall("CONTAR_NIVEL necesita un rango de avances.");
  const scale = readScale(escala, "CEPLAN_SEMESTRAL");
  if (isPlanError(scale)) return [[scale]];
  const wanted = nivel?.[0]?.[0];
  if (typeof wanted !== "string" || wanted.trim() === "") {
    return [[valueError("CONTAR_NIVEL: indique el nivel, por ejemplo «Bueno».")]];
  }
  const target = foldText(wanted);
  const known = [...scale.levels.map((l) => l.label), scale.over?.label, NO_DATA_LABEL];
  if (!known.some((label) => label && foldText(label) === target)) {
    return [[valueError(`El nivel «${wanted}» no existe en la escala ${scale.name}.`)]];
  }
  let count = 0;
  for (const cell of avances.flat()) {
    const n = readNumber(cell, "avances");
    if (isPlanError(n)) return [[n]];
    if (foldText(classify(n, scale)) === target) count++;
  }
  return [[count]];
}

function valueErrorCall(message: string): PlanCallError {
  return new PlanCallError("VALOR", message);
}

/** A PLAN function over cell blocks (null = an omitted argument). */
export type PlanRunner = (...args: (Grid | null)[]) => Cell[][];

/** The runner of each declared function; the type makes a missing or extra one a compile error. */
export const PLAN_RUNNERS: Record<PlanFunctionName, PlanRunner> = {
  AVANCE_TIPO1,
  AVANCE_TIPO2,
  SENTIDO,
  ACUMULAR,
  EJECUCION,
  SEMAFORO,
  PROMEDIO_AVANCE,
  AVANCE_FINANCIERO,
  CONTAR_NIVEL,
};
