/** What a header cell means, independent of how the institution wrote it. */
export type Concept =
  | "codigo"
  | "denominacion"
  | "ue"
  | "unidadOrganizacion"
  | "relevancia"
  | "sentido"
  | "tipoAgregacion"
  | "lineaBase"
  | "anio"
  | "valor"
  | "logroEsperado"
  | "valorObtenido"
  | "avanceTipo1"
  | "indicador"
  | "unidadMedida"
  | "responsable"
  | "fechaInicio"
  | "fechaFin"
  | "meta"
  | "programacionMensual"
  | "cantidadAnual"
  | "numero"
  | "actividad"
  | "actividadId"
  | "tipoAcumulacion"
  | "tipoExport"
  | "tipoLinea"
  | "prioridad"
  | "objetivoAccion"
  | "oei"
  | "aei"
  | "total"
  | "month"
  | "quarter"
  | "year"
  | "semester"
  | "exportMonth"
  // Flat institutional tables (a national agency's POI by tarea, its PEI indicator sheets).
  | "tarea"
  | "codigoTarea"
  | "codigoOei"
  | "codigoAei"
  | "codigoIndicador"
  | "unidadMedidaAo"
  // Budget execution tables (MEF's consulta amigable, an institution's own sheet).
  | "pim"
  | "devengado"
  | "partida"
  // Programme reports and implementation plans (previsto vs logrado; metas per year with a cronograma).
  | "previsto"
  | "logrado"
  | "previstoFinal"
  | "plazo"
  | "cronograma"
  /** A column institutions add that Semáforo knows and leaves alone (SEC_FUNC, PIA, FUENTE…). */
  | "institucional";

export interface HeaderMatch {
  concept: Concept;
  month?: number;
  quarter?: number;
  year?: number;
  semester?: number;
  /** For exportMonth: the Aplicativo family, e.g. "RE", "SE", "A", "MOTIVO", "FN_RE", "E". */
  family?: string;
  /** For exportMonth: the family's «Total» column rather than a month. */
  total?: boolean;
  /** The version a header carries as a suffix (TAREAS_V2 → 2): the latest version is read. */
  version?: number;
}
