/** One validation finding, tied to an A1 cell or range of its sheet. */
export type Severity = "error" | "warning" | "info";

export interface Finding {
  rule: string;
  severity: Severity;
  cell: string;
  message: string;
}

/** Stable rule ids and what each checks (ceplan.md §8, plus the reviewer's obvious ones). */
export const RULES: Record<string, string> = {
  "V1.codigo":
    "Código con forma válida (OEI.01, AEI.01.02, IND.01.AEI.01.02, AOI + UE + correlativo)",
  "V1.jerarquia": "Cada AEI bajo su OEI y cada indicador bajo su AEI",
  "V2.aei-sin-indicador": "Toda AEI tiene al menos un indicador",
  "V2.oei-sin-aei": "Todo OEI tiene al menos una AEI",
  "V3.ficha-sin-aei": "Toda ficha o actividad está vinculada a una AEI",
  "V4.trimestre": "El subtotal trimestral es la suma de sus meses",
  "V4.anual": "La cantidad anual es la suma de los doce meses",
  "V4.meta": "La meta es igual a la cantidad anual programada",
  "V5.no-acumulable":
    "Filas de nivel (%, m.c.a., horas/día, No acumulado) repiten el nivel, no suman",
  "V6.fuera-de-plazo": "Nada programado fuera de las fechas de inicio y finalización",
  "V7.requerido": "Campos obligatorios presentes",
  "V8.sentido": "Los logros esperados concuerdan con el sentido",
  "V9.sin-logro": "Logro esperado 0: el Avance Tipo I es 0 por la regla del aplicativo",
  "V9.tipo2": "Logro esperado igual a la línea base: Avance Tipo II no calculable",
  "V10.rango": "Valores dentro del rango de su unidad",
  "V11.sin-programacion": "Ejecutado sin programación",
  "V11.sobre-ejecucion": "Ejecución mayor al 110 % de lo programado",
  "V11.sin-motivo": "Desviación entre ejecutado y programado sin motivo",
  "V12.duplicado": "Códigos, actividades o líneas duplicados",
  "V13.avance": "El avance impreso coincide con el recalculado",
  "V13.promedio": "El promedio impreso coincide con la media de las filas",
  "V14.prioridad": "Prioridades de AEI únicas y consecutivas dentro de cada OEI",
  "N1.no-numero": "Las celdas numéricas contienen números",
  "N2.texto": "Números escritos como texto",
  "P1.linea-faltante": "Cada AO tiene su línea PROGRAMADO y su línea EJECUTADO",
};

/** Collects findings, keeping at most `maxPerRule` of each rule and counting the rest. */
export class FindingCollector {
  readonly findings: Finding[] = [];
  readonly omitted = new Map<string, number>();
  private readonly perRule = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(private readonly maxPerRule: number) {}

  add(rule: string, severity: Severity, cell: string, message: string): void {
    // The same cell can be read by two checks (e.g. the period LE is also in the LE series).
    const key = `${rule}|${cell}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const n = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, n);
    if (n > this.maxPerRule) {
      this.omitted.set(rule, (this.omitted.get(rule) ?? 0) + 1);
      return;
    }
    this.findings.push({ rule, severity, cell, message });
  }

  error(rule: string, cell: string, message: string) {
    this.add(rule, "error", cell, message);
  }
  warning(rule: string, cell: string, message: string) {
    this.add(rule, "warning", cell, message);
  }
  info(rule: string, cell: string, message: string) {
    this.add(rule, "info", cell, message);
  }
}
