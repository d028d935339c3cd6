/** Matrix kind ids are part of the CLI/JSON contract. */
export const KIND_IDS = [
  "pei-seguimiento",
  "pei-matriz",
  "poi-seguimiento",
  "poi-programacion",
  "poi-export",
  "poi-financiera",
  "poi-tareas",
  "pei-indicadores",
  "presupuesto-ejecucion",
  "indicadores-previsto-logrado",
  "plan-metas-cronograma",
  "plan-concertado",
] as const;

export type MatrixKind = (typeof KIND_IDS)[number];
