import type { Scale, ScaleLevel } from "./scale";

// Excel's built-in Bad / Neutral / Good styles, so the semáforo looks native in the workbook.
export const ROJO = { fill: "#FFC7CE", font: "#9C0006" } as const;
export const AMARILLO = { fill: "#FFEB9C", font: "#9C5700" } as const;
export const VERDE = { fill: "#C6EFCE", font: "#006100" } as const;
export const MORADO = { fill: "#E4D7F5", font: "#5B2C8F" } as const;

const threeBands = (labels: [string, string, string], t1: number, t2: number): ScaleLevel[] => [
  { label: labels[0], min: -Infinity, ...ROJO },
  { label: labels[1], min: t1, ...AMARILLO },
  { label: labels[2], min: t2, ...VERDE },
];

/**
 * Preset scales. CEPLAN's semester and annual bands come from the DNSE training quoted in the Lares 2025 report
 * ("0-30%>", "30-50%>", "≥50%"; "0-75%>", "75-95%>", "≥95%"); the institutional 80/91 scale is
 * EMSAPUNO's (POI 2024), whose written gaps are resolved by the boundary rule.
 */
export const PRESET_SCALES: Record<string, Scale> = {
  CEPLAN_SEMESTRAL: {
    id: "CEPLAN_SEMESTRAL",
    name: "CEPLAN semestral (30 / 50)",
    levels: threeBands(["Malo", "Regular", "Bueno"], 30, 50),
    boundary: "raw",
  },
  CEPLAN_ANUAL: {
    id: "CEPLAN_ANUAL",
    name: "CEPLAN anual (75 / 95)",
    levels: threeBands(["Malo", "Regular", "Bueno"], 75, 95),
    boundary: "raw",
  },
  INSTITUCIONAL_80_91: {
    id: "INSTITUCIONAL_80_91",
    name: "Institucional 80 / 91 (límite inferior incluido)",
    levels: threeBands(["Bajo", "Medio", "Alto"], 80, 91),
    boundary: "raw",
  },
  INSTITUCIONAL_80_91_REDONDEO: {
    id: "INSTITUCIONAL_80_91_REDONDEO",
    name: "Institucional 80 / 91 (redondeando al entero primero)",
    levels: threeBands(["Bajo", "Medio", "Alto"], 80, 91),
    boundary: "round",
  },
};
