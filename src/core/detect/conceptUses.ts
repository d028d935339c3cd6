import type { Concept } from "./concepts";

/** What a header meaning is used for (see CONCEPT_USES). */
interface ConceptUse {
  /** A single-column role a planner writes in a column map («codigo», «actividad»). */
  role: boolean;
  /** It makes a row look like the header of a planning matrix (three anchors or more). */
  anchor: boolean;
}

const both: ConceptUse = { role: true, anchor: true };
const roleOnly: ConceptUse = { role: true, anchor: false };
const anchorOnly: ConceptUse = { role: false, anchor: true };
const neither: ConceptUse = { role: false, anchor: false };

/**
 * Every header meaning, once, with what it is used for: the column map's single roles
 * (columnMap/roles.ts, in this order in `--help`, the README and the map reader) and the anchors
 * of a header row (detect/vocabulary.ts) both derive from it, so they cannot drift apart.
 * - Role only: words too short or too common to anchor a header by themselves («UE», «OEI»).
 * - Anchor only: series and group heads; a map writes them with their position («logro:2025»,
 *   «valor:2025 - Sem1», «cronograma:2026», «lineaBase») or not at all (a group's title).
 * - Neither: parts of a series (months, years, the Aplicativo's families) and columns left alone.
 */
export const CONCEPT_USES: Readonly<Record<Concept, ConceptUse>> = {
  codigo: both,
  denominacion: both,
  indicador: both,
  unidadMedida: both,
  responsable: both,
  unidadOrganizacion: both,
  ue: roleOnly,
  relevancia: roleOnly,
  sentido: both,
  tipoAgregacion: both,
  fechaInicio: both,
  fechaFin: both,
  meta: both,
  cantidadAnual: both,
  numero: both,
  actividad: both,
  actividadId: both,
  tipoAcumulacion: both,
  tipoLinea: both,
  prioridad: both,
  objetivoAccion: both,
  oei: roleOnly,
  aei: roleOnly,
  tarea: both,
  codigoTarea: both,
  codigoOei: both,
  codigoAei: both,
  codigoIndicador: both,
  unidadMedidaAo: roleOnly,
  pim: both,
  devengado: both,
  partida: both,
  previsto: both,
  logrado: both,
  previstoFinal: both,
  lineaBase: anchorOnly,
  logroEsperado: anchorOnly,
  valorObtenido: anchorOnly,
  avanceTipo1: anchorOnly,
  programacionMensual: anchorOnly,
  plazo: anchorOnly,
  cronograma: anchorOnly,
  anio: neither,
  valor: neither,
  tipoExport: neither,
  total: neither,
  month: neither,
  quarter: neither,
  year: neither,
  semester: neither,
  exportMonth: neither,
  institucional: neither,
};

const concepts = Object.keys(CONCEPT_USES) as Concept[];

/** The single roles of a column map, in the table's order. */
export const ROLE_CONCEPTS: readonly Concept[] = concepts.filter((c) => CONCEPT_USES[c].role);

/** Concepts that make a row look like the header of a planning matrix. */
export const ANCHOR_CONCEPTS: ReadonlySet<Concept> = new Set(
  concepts.filter((c) => CONCEPT_USES[c].anchor)
);
