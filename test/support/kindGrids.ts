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
