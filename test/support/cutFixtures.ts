import ExcelJS from "exceljs";
import type { CellValue, SheetData } from "../../src/core/sheet/sheetData";

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

/**
 * The Aplicativo CEPLAN's «POI por actividad operativa» export (ceplan.md §5(c)): institution
 * columns, OEI/AEI, Nro Registro POI, the AO id and name, prioridad, unidad de medida, Acumulado,
 * Tipo, then the F(RE), F(SE) and Motivo(SE) families, twelve months each.
 */
export const EXPORT_HEADER: string[] = [
  "POI",
  "Etapa",
  "Pliego",
  "UE ID",
  "UE",
  "CC Responsable",
  "OEI",
  "AEI",
  "Nro Registro POI",
  "Actividad Operativa ID",
  "Actividad Operativa",
  "Prioridad",
  "Unidad de Medida",
  "Acumulado",
  "Tipo",
  ...MONTHS.map((m) => `F(RE) ${m}`),
  ...MONTHS.map((m) => `F(SE) ${m}`),
  ...MONTHS.map((m) => `Motivo(SE) ${m}`),
];

export interface ExportAo {
  id: string;
  name: string;
  oei: string;
  aei: string;
  acumulado: "SI" | "NO";
  re: number[];
  /** Executed months (as many as the cut reports). */
  se: number[];
  motivos?: Record<number, string>;
}

/** A row of the export; months after the last reported one are blank. */
export function exportRow(ao: ExportAo, n: number): CellValue[] {
  return [
    "2026",
    "SEGUIMIENTO",
    "INSTITUTO NACIONAL MATERNO PERINATAL",
    "000127",
    "INSTITUTO NACIONAL MATERNO PERINATAL",
    "DEPARTAMENTO DE CONSULTA EXTERNA",
    ao.oei,
    ao.aei,
    `20260001270${String(120 + n).padStart(3, "0")}`,
    ao.id,
    ao.name,
    "1 : Muy Alta",
    "ATENCION",
    ao.acumulado,
    "ANUAL",
    ...ao.re,
    ...MONTHS.map((_, i) => ao.se[i] ?? null),
    ...MONTHS.map((_, i) => ao.motivos?.[i + 1] ?? null),
  ];
}

export function exportSheet(name: string, aos: readonly ExportAo[]): SheetData {
  return {
    name,
    rows: [["POI POR ACTIVIDAD OPERATIVA"], EXPORT_HEADER, ...aos.map((a, i) => exportRow(a, i))],
    merges: [],
  };
}

const flat = (n: number) => Array.from({ length: 12 }, () => n);
const AEI_A = "AEI.01.01";
const AEI_B = "AEI.02.01";

/** The AO of the February cut (execution reported January–February). */
export const CUT_FEBRUARY: ExportAo[] = [
  {
    id: "AOI00012700428",
    name: "0215086 - PERSONA TRATADA",
    oei: "OEI.01",
    aei: AEI_A,
    acumulado: "SI",
    re: [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1],
    se: [0, 0],
  },
  {
    id: "AOI00012700429",
    name: "0215087 - ATENCIÓN DE CONSULTAS EXTERNAS",
    oei: "OEI.01",
    aei: AEI_A,
    acumulado: "SI",
    re: flat(500),
    se: [480, 510],
  },
  {
    id: "AOI00012700430",
    name: "0215088 - PARTO VAGINAL ATENDIDO",
    oei: "OEI.01",
    aei: AEI_A,
    acumulado: "SI",
    re: flat(300),
    se: [300, 300],
  },
  {
    id: "AOI00012700431",
    name: "0215089 - CESÁREA ATENDIDA",
    oei: "OEI.01",
    aei: AEI_A,
    acumulado: "SI",
    re: flat(200),
    se: [150, 170],
  },
  {
    id: "AOI00012700432",
    name: "0215090 - MANTENIMIENTO DE EQUIPOS BIOMÉDICOS",
    oei: "OEI.02",
    aei: AEI_B,
    acumulado: "NO",
    re: flat(1),
    se: [1, 1],
  },
  {
    id: "AOI00012700433",
    name: "0215091 - CAPACITACIÓN DEL PERSONAL",
    oei: "OEI.02",
    aei: AEI_B,
    acumulado: "SI",
    re: [0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2],
    se: [0, 1],
  },
  {
    id: "AOI00012700434",
    name: "0215092 - CAMPAÑA DE VACUNACIÓN 2025",
    oei: "OEI.02",
    aei: AEI_B,
    acumulado: "SI",
    re: flat(10),
    se: [10, 4],
  },
];

/**
 * The May cut: the same AO with execution to May, two reprogrammed (F(RE) months moved), the
 * 2025 campaign removed and a new telemedicine AO.
 */
export const CUT_MAY: ExportAo[] = [
  { ...at(0), re: [0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1], se: [0, 0, 0, 0, 1] },
  { ...at(1), se: [480, 510, 470, 300, 290] },
  { ...at(2), se: [300, 300, 300, 300, 300] },
  {
    ...at(3),
    re: [200, 200, 150, 150, 150, 200, 200, 200, 200, 200, 200, 200],
    se: [150, 170, 150, 150, 150],
  },
  { ...at(4), se: [1, 1, 1, 0, 1] },
  { ...at(5), se: [0, 1, 0, 2, 0] },
  {
    id: "AOI00012700435",
    name: "0215093 - TELECONSULTA MATERNA",
    oei: "OEI.01",
    aei: AEI_A,
    acumulado: "SI",
    re: flat(40),
    se: [0, 0, 20, 40, 45],
  },
];

function at(i: number): ExportAo {
  return CUT_FEBRUARY[i] as ExportAo;
}

/** Writes sheets as an .xlsx file (ExcelJS), the way a planner's export is saved from Excel. */
export async function writeSheetsXlsx(sheets: readonly SheetData[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  await wb.xlsx.writeFile(file);
}
