import ExcelJS from "exceljs";
import LARES from "../fixtures/lares-poi-ao-2025-sem1.json";
import { seededRandom, textNumber, type Rng } from "./random";

/**
 * Workbooks laid out like the Aplicativo CEPLAN's «POI por actividad operativa» export as Excel
 * saves it: identification columns (POI, Etapa, …, OEI, AEI, Actividad Operativa ID, Actividad
 * Operativa, UM, Acumulado SI/NO, Tipo ANUAL), the physical families F(A) … F(SE) and the
 * financial Fn(…) families, each 01…12 and Total, then Motivo(SE) 01…12 (ceplan.md §3.1).
 */
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const PHYSICAL = ["F(A)", "F(AJ)", "F(CS)", "F(RE_P)", "F(RE)", "F(SE_P)", "F(SE)"];
const FINANCIAL = ["Fn(A)", "Fn(AJ)", "Fn(CS)", "Fn(RE)", "Fn(SE)"];
const IDENTITY = [
  "POI",
  "Etapa",
  "UE ID",
  "Unidad Ejecutora",
  "Centro de Costo",
  "OEI",
  "AEI",
  "Actividad Operativa ID",
  "Actividad Operativa",
  "UM",
  "Acumulado",
  "Tipo",
];

type Value = string | number | null;

/** One AO: its programmed (F(RE)) and executed (F(SE)) months and how they accumulate. */
export interface ExportAo {
  id: string;
  name: string;
  unit: string;
  um: string;
  /** The Acumulado column: SI, NO (or, in the generated set, Máximo / Promedio). */
  acumulado: string;
  re: Value[];
  se: Value[];
}

export const EXPORT_HEADER: string[] = [
  ...IDENTITY,
  ...[...PHYSICAL, ...FINANCIAL].flatMap((f) => [...MONTHS.map((m) => `${f} ${m}`), `${f} Total`]),
  ...MONTHS.map((m) => `Motivo(SE) ${m}`),
];

/** «1.00», as the Aplicativo writes every number and Excel keeps it (text). */
const aplicativo = (n: number) => n.toFixed(2);
const total = (values: readonly Value[]) =>
  values.reduce<number>((s, v) => s + (v === null || v === "" ? 0 : Number(v) || 0), 0);

function row(ao: ExportAo, asText: (n: number) => Value): Value[] {
  const family = (values: readonly Value[]) => [
    ...values,
    typeof values.find((v) => v !== null) === "number" ? total(values) : aplicativo(total(values)),
  ];
  const zeros = MONTHS.map(() => aplicativo(0));
  const blanks = MONTHS.map(() => null);
  const fin = MONTHS.map((_, i) => asText(ao.re[i] === null ? 0 : 150 * (i + 1)));
  const sum = ao.acumulado === "SI" ? "ANUAL" : "";
  return [
    "2025",
    "SEGUIMIENTO",
    "000301",
    "MUNICIPALIDAD DISTRITAL DE LARES",
    ao.unit,
    "OEI.01",
    "AEI.01.01",
    ao.id,
    ao.name,
    ao.um,
    ao.acumulado,
    sum,
    ...family(ao.re), // F(A)
    ...family(ao.re), // F(AJ)
    ...family(ao.re), // F(CS)
    ...family(zeros), // F(RE_P): almost all zero in the real file
    ...family(ao.re), // F(RE)
    ...[...blanks, null], // F(SE_P): empty in the real file
    ...family(ao.se), // F(SE)
    ...[fin, fin, fin, fin, fin.map((v, i) => (ao.se[i] === null ? null : v))].flatMap(family),
    ...MONTHS.map((_, i) =>
      ao.se[i] !== null && ao.se[i] !== ao.re[i] ? "Retraso en la ejecución" : null
    ),
  ];
}

/** A month value as the export saves it; `text` picks how (the Aplicativo's own «1.00» by default). */
const asExport = (v: number | null, text: (n: number) => Value = aplicativo) =>
  v === null ? null : text(v);

/**
 * The AO of seed 003 (Lares, first semester 2025), one row each: the six monthly values the report
 * printed are the line it shows (PROGRAMADO → F(RE), EJECUTADO → F(SE)); the other line is derived
 * from it (over- and under-execution, executed without programming, nothing at all), and INMP's
 * AOI00012700428 (F(RE) Mar/Aug/Dec, F(SE) 1,0,1,0,0: 200 % raw) closes the list.
 */
export function laresExportAos(rng: Rng = seededRandom(2025_06)): ExportAo[] {
  const aos = LARES.rows.map((r, i): ExportAo => {
    const printed = r.meses.map(Number);
    const other = printed.map((v) => {
      const x = rng.next();
      if (x < 0.15) return 0;
      if (x < 0.3) return v + 1;
      return v;
    });
    const [re, se] = r.linea === "PROGRAMADO" ? [printed, other] : [other, printed];
    const code = r.ao.split(" ")[0] as string;
    return {
      id: `AOI${String(301_0000 + i).padStart(11, "0")}`,
      name: r.ao.slice(code.length).replace(/^\s*-\s*/, "") || r.ao,
      unit: r.unidad,
      um: r.um,
      acumulado: r.acumulacion === "No Acumulado" ? "NO" : "SI",
      re: MONTHS.map((_, m) => (m < 6 ? (re[m] as number) : (re[5] as number))),
      se: MONTHS.map((_, m) => (m < 6 ? (se[m] as number) : null)),
    };
  });
  const months = (pairs: Record<number, number>, upTo: number) =>
    MONTHS.map((_, m) => (m < upTo ? (pairs[m + 1] ?? 0) : null));
  aos.push(
    {
      id: "AOI00012700428",
      name: "PERSONA TRATADA",
      unit: "DEPARTAMENTO DE SALUD MENTAL",
      um: "PERSONA TRATADA",
      acumulado: "SI",
      re: months({ 3: 1, 8: 1, 12: 1 }, 12),
      se: months({ 1: 1, 3: 1 }, 5),
    },
    {
      id: "AOI00012700429",
      name: "SUPERVISION SIN PROGRAMACION",
      unit: "DEPARTAMENTO DE SALUD MENTAL",
      um: "INFORME",
      acumulado: "SI",
      re: months({ 9: 1 }, 12),
      se: months({ 2: 1 }, 5),
    },
    {
      id: "AOI00012700430",
      name: "ACTIVIDAD AUN SIN AVANCE",
      unit: "DEPARTAMENTO DE SALUD MENTAL",
      um: "ACCION",
      acumulado: "NO",
      re: months({}, 12),
      se: months({}, 5),
    }
  );
  return aos.map((a) => ({
    ...a,
    re: a.re.map((v) => asExport(v as number | null)),
    se: a.se.map((v) => asExport(v as number | null)),
  }));
}

/**
 * A generated set for the agreement proofs: numbers as numbers or as text in both decimal
 * conventions, blanks and zeros, each acumulación type (SI, NO and Semáforo's own Máximo and
 * Promedio), over-execution and execution without programming.
 */
export function generatedExportAos(count: number, rng: Rng = seededRandom(20261206)): ExportAo[] {
  const kinds = ["SI", "NO", "Máximo", "Promedio"];
  const cell = (v: number | null): Value => {
    if (v === null) return rng.chance(0.2) ? " " : null;
    const x = rng.next();
    if (x < 0.3) return v;
    if (x < 0.6) return aplicativo(v);
    return textNumber(rng, v)
      .replace(/\s*%$/, "")
      .replace(/^S\/\s*/, "");
  };
  return Array.from({ length: count }, (_, i) => {
    const reported = rng.int(0, 12);
    const unprogrammed = rng.chance(0.08);
    const re = MONTHS.map(() =>
      unprogrammed || rng.chance(0.15) ? (rng.chance(0.5) ? 0 : null) : rng.int(0, 4000) / 100
    );
    const se = MONTHS.map((_, m) =>
      m < reported
        ? rng.chance(0.15)
          ? 0
          : (rng.int(0, 6000) / 100) * (rng.chance(0.2) ? 3 : 1)
        : null
    );
    return {
      id: `AOI${String(500_0000 + i).padStart(11, "0")}`,
      name: `Actividad generada ${i + 1}`,
      unit: "OFICINA DE PLANEAMIENTO",
      um: "ACCION",
      acumulado: kinds[i % kinds.length] as string,
      re: re.map(cell),
      se: se.map(cell),
    };
  });
}

/** Writes the AO as one export sheet «POI por actividad operativa» of a new .xlsx. */
export async function writeExportWorkbook(path: string, aos: readonly ExportAo[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("POI por actividad operativa");
  ws.addRow(EXPORT_HEADER);
  for (const ao of aos) ws.addRow(row(ao, aplicativo));
  await wb.xlsx.writeFile(path);
}
