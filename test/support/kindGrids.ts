import type { CellValue } from "../../src/core/sheet/sheetData";
import { FICHA_HEADER, FICHA_SUBHEADER } from "../../scripts/lib/ficha-layout";

/** Grids in the shapes of each matrix kind, small enough to read in a rule's test. */

/** The Lares Tabla 3 layout: Código | Denominación | UO | LE | VO | Avance Tipo I. */
export const PEI_SEGUIMIENTO: CellValue[] = [
  "Código",
  "Denominación",
  "Unidad de Organización",
  "Logro Esperado",
  "Valores Obtenidos",
  "Avance Tipo I (%)",
];

/** A seguimiento with sentido, línea base and the LE series by year. */
export const PEI_SERIE: CellValue[] = [
  "Código",
  "Denominación",
  "Sentido Esperado",
  "Línea Base",
  "2025",
  "2026",
  "2027",
  "Valores Obtenidos 2025",
  "Avance Tipo I (%)",
];

/** A PEI matrix: OEI / AEI / indicators with logros, no values obtained. */
export const PEI_MATRIZ: CellValue[] = [
  "Código",
  "Indicador",
  "Unidad de Medida",
  "Línea Base",
  "2025",
  "2026",
  "Responsable",
];

/** One AEI with one indicator, as Tabla 3 rows (LE, VO, printed avance). */
export function aeiWithIndicator(
  aei: string,
  le: CellValue,
  vo: CellValue,
  printed: CellValue = null
): CellValue[][] {
  return [
    [aei, `Acción ${aei}`, "Gerencia", null, null, printed],
    [`IND.01.${aei}`, `Indicador de ${aei}`, "Gerencia", le, vo, printed],
  ];
}

/** An EMSAPUNO-style ficha: label block, two-row header, then activity rows. */
export function ficha(rows: CellValue[][], labels: CellValue[][] = []): CellValue[][] {
  return [
    ["Ficha de Proceso: Gestión Comercial"],
    ...labels,
    FICHA_HEADER as CellValue[],
    FICHA_SUBHEADER as CellValue[],
    ...rows,
  ];
}

/** A ficha activity: 12 months with quarter subtotals computed unless given. */
export function activity(
  numero: string,
  name: string,
  months: (number | null)[],
  extra: {
    unit?: string;
    responsable?: string;
    start?: string;
    end?: string;
    meta?: number | null;
    quarters?: (number | null)[];
    annual?: number | null;
  } = {}
): CellValue[] {
  const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
  const q = [0, 1, 2, 3].map((i) => extra.quarters?.[i] ?? sum(months.slice(i * 3, i * 3 + 3)));
  const annual = extra.annual === undefined ? sum(months) : extra.annual;
  const programacion = [0, 1, 2, 3].flatMap((i) => [
    ...months.slice(i * 3, i * 3 + 3),
    q[i] as number,
  ]);
  return [
    numero,
    name,
    extra.unit ?? "Acción",
    extra.responsable ?? "Gerencia Comercial",
    extra.start ?? "Enero",
    extra.end ?? "Diciembre",
    extra.meta === undefined ? annual : extra.meta,
    ...programacion,
    annual,
  ];
}

const SEMESTER = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio"];

/** The Aplicativo's POI seguimiento: AO | UM | Tipo de acumulación | line | Ene…Jun. */
export const POI_SEGUIMIENTO: CellValue[] = [
  "Actividad Operativa",
  "Unidad de Medida",
  "Tipo de acumulación",
  null,
  ...SEMESTER,
];

export function aoLines(
  ao: string,
  prog: (number | null)[] | null,
  exec: (number | null)[] | null,
  acumulacion: string | null = "Acumulado Anual"
): CellValue[][] {
  const rows: CellValue[][] = [];
  if (prog) rows.push([ao, "ACCION", acumulacion, "PROGRAMADO", ...prog]);
  if (exec) rows.push([prog ? null : ao, null, null, "EJECUTADO", ...exec]);
  return rows;
}

const pad = (n: number) => String(n).padStart(2, "0");
const twelve = (label: string) => Array.from({ length: 12 }, (_, i) => `${label} ${pad(i + 1)}`);

/** The Aplicativo's "POI por actividad operativa" export header. */
export const POI_EXPORT: CellValue[] = [
  "Actividad Operativa ID",
  "Actividad Operativa",
  "Acumulado",
  ...twelve("F(RE)"),
  ...twelve("F(SE)"),
  ...twelve("Motivo(SE)"),
];

export function exportRow(
  id: string,
  re: (number | null)[],
  se: (number | null)[],
  motivos: (string | null)[] = [],
  acumulado = "SI"
): CellValue[] {
  const fill = <T>(xs: T[]) => Array.from({ length: 12 }, (_, i) => xs[i] ?? null);
  return [id, `Actividad ${id}`, acumulado, ...fill(re), ...fill(se), ...fill(motivos)];
}

/** The OEI | AEI | Indicador | Unidad | Meta table above a ficha (EMSAPUNO's POI 2024). */
export function ALIGNMENT(oei: string, aei: string): CellValue[][] {
  return [
    ["OEI", "AEI", "Indicador", "Unidad de Medida", "Meta año 2024"],
    [oei, aei, "Porcentaje de conexiones facturadas", "Porcentaje", 100],
    [],
  ];
}

export const MESES = [
  "ENE",
  "FEB",
  "MAR",
  "ABR",
  "MAY",
  "JUN",
  "JUL",
  "AGO",
  "SET",
  "OCT",
  "NOV",
  "DIC",
];

/** A national agency's flat POI, trimmed: NRO | ID_CEPLAN | COD_AO | AO | COD_TAREA | TAREAS | UM_TAREA | ENE…DIC | TOTAL. */
export const POI_TAREAS: CellValue[] = [
  "NRO",
  "Actividad Operativa ID_CEPLAN",
  "COD_AO",
  "ACTIVIDAD OPERATIVA",
  "COD_TAREA_V0",
  "TAREAS",
  "UM_TAREA",
  ...MESES,
  "TOTAL",
];

/** One task row of a flat POI; TOTAL is the months' sum unless given. */
export function tareaRow(
  nro: number,
  ao: string,
  task: string,
  months: number[],
  total?: number
): CellValue[] {
  const sum = months.reduce((a, b) => a + b, 0);
  const twelve = Array.from({ length: 12 }, (_, i) => months[i] ?? 0);
  return [
    nro,
    ao,
    "E1.01.01",
    `Actividad ${ao}`,
    `T${nro}`,
    task,
    "Informe",
    ...twelve,
    total ?? sum,
  ];
}

/** A flat PEI AEI-indicator sheet, trimmed: COD_OEI | Prioridad | COD_AEI | AEI | COD_IND | INDICADORES | LINEA BASE 2024 | 2025 | 2026 | 2027. */
export const PEI_INDICADORES: CellValue[] = [
  "COD_OEI",
  "Prioridad",
  "COD_AEI",
  "AEI",
  "COD_IND",
  "INDICADORES",
  "LINEA BASE 2024",
  2025,
  2026,
  2027,
];

/** A budget execution table as MEF's consulta amigable lays it (per project or específica). */
export const PRESUPUESTO: CellValue[] = [
  "Producto/Proyecto",
  "PIA",
  "PIM",
  "Certificación",
  "Compromiso Anual",
  "Devengado",
  "Girado",
  "Avance %",
];

/** One budget line; the avance printed is devengado / PIM × 100 unless given. */
export function budgetRow(
  label: string,
  pim: number,
  devengado: number,
  avance?: number
): CellValue[] {
  const printed = avance ?? Math.round((devengado / pim) * 10000) / 100;
  return [label, pim, pim, devengado, devengado, devengado, devengado, printed];
}

/** PROCOES's indicator table (seed 000): previsto and logrado at a cut date, previsto al final. */
export const PREVISTO_LOGRADO: CellValue[] = [
  "Indicador",
  "Previsto a diciembre 2018",
  "Logrado diciembre 2018*",
  "Previsto al final del proyecto",
];

/**
 * The HdR-AS plan (seed 001) cut to three years: metas 2025–2027 in B:D under «Metas por año»,
 * the cronograma in E:H (2025 split into semesters I and II).
 */
export const PLAN_CRONOGRAMA: CellValue[][] = [
  [
    "Línea de Acción / Acción / Actividad",
    "Metas por año",
    null,
    null,
    "Cronograma",
    null,
    null,
    null,
  ],
  [null, 2025, 2026, 2027, "2025-I", "2025-II", 2026, 2027],
];

/** An activity row: its metas 2025–2027 and its X per cronograma column («X.X.» = I, 2026). */
export function planActivity(label: string, metas: CellValue[], marks: string): CellValue[] {
  const x = [...marks.padEnd(4, ".")].slice(0, 4).map((c) => (c === "X" ? "X" : null));
  return [label, ...metas, ...x];
}

/** The HdR-AS plan's columns: activity, META ACTIVIDAD, metas 2025–2027, cronograma. */
export const PLAN_WITH_META: CellValue[][] = [
  [
    "Línea de Acción / Acción / Actividad",
    "META ACTIVIDAD",
    "Metas por año",
    null,
    null,
    "Cronograma",
    null,
    null,
    null,
  ],
  [null, null, 2025, 2026, 2027, "2025-I", "2025-II", 2026, 2027],
];

/** An activity row with its META ACTIVIDAD text. */
export function planActivityWithMeta(
  label: string,
  meta: string,
  metas: CellValue[],
  marks: string
): CellValue[] {
  const [first = null, ...rest] = planActivity(label, metas, marks);
  return [first, meta, ...rest];
}
