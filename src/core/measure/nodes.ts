/**
 * What rules subscribe to, as ESLint rules subscribe to node types: a rule runs on a matrix that
 * yields any of the node types its `meta.on` lists. A kind declares the node types it yields (its
 * item types and table nodes); its family and "matriz" are yielded by every kind of the family.
 * Node type names are Spanish domain words (see README, Arquitectura: naming).
 */
export type ItemType =
  /** A PEI indicator (PeiIndicatorItem). */
  | "indicador"
  /** A PEI AEI, the mean of its indicators (PeiAeiItem). */
  | "aei"
  /** An activity or task row of a POI ficha or flat POI (FichaActivityItem). */
  | "actividad"
  /** An AO of the seguimiento report, with its PROGRAMADO and EJECUTADO lines (AoLinesItem). */
  | "ao-lineas"
  /** An AO of the Aplicativo's export, one row each (ExportAoItem). */
  | "ao-exportada"
  /** A line of the Aplicativo's «programación financiera» export: AO, fuente, genérica (FinancialLineItem). */
  | "linea-financiera"
  /** A line of a budget execution table (BudgetItem). */
  | "partida"
  /** An indicator of a programme report, previsto against logrado (PrevistoLogradoItem). */
  | "indicador-previsto"
  /** A row of an implementation plan: metas per year and its cronograma (PlanMetaItem). */
  | "meta-plan";

/** The planning instrument a kind belongs to: what articulation and summaries group by. */
export type KindFamily = "pei" | "poi" | "presupuesto" | "indicadores" | "plan";

/** Things of a whole table a rule may read, beyond its items. */
export type TableNode =
  /**
   * Objective / action / indicator rows under one code column, as CEPLAN's strategic plans write
   * them (a PEI's OEI / AEI, a PDRC's OER / AER).
   */
  | "jerarquia-objetivos"
  /** The table states valores obtenidos, so avances are computed and compared with printed ones. */
  | "valores-obtenidos"
  /** Its indicators must state their unidad de medida (a PEI matrix). */
  | "unidad-exigida"
  /** Each indicator row names its OEI and AEI in COD_OEI / COD_AEI columns (a flat table). */
  | "objetivos-en-columnas"
  /** The OEI | AEI table above an institution's ficha. */
  | "ficha-alineacion"
  /** A flat POI: AO rows with their task rows, one column naming the tasks. */
  | "tabla-tareas";

/** Every matrix yields "matriz" (like ESLint's Program): its numeric reads. */
export type NodeType = ItemType | TableNode | KindFamily | "matriz";
