import type { PlanRule } from "./context";
import type { RuleMeta } from "./rule";
import { n1NoNumero } from "./n1NoNumero";
import { n2Texto } from "./n2Texto";
import { p1LineaFaltante } from "./p1LineaFaltante";
import { v1Codigo } from "./v1Codigo";
import { v1CodigoAo } from "./v1CodigoAo";
import { v1Jerarquia } from "./v1Jerarquia";
import { v2AeiSinIndicador } from "./v2AeiSinIndicador";
import { v2OeiSinAei } from "./v2OeiSinAei";
import { v3FichaSinAei } from "./v3FichaSinAei";
import { v4Anual } from "./v4Anual";
import { v4Decimales } from "./v4Decimales";
import { v4Meta } from "./v4Meta";
import { v4Trimestre } from "./v4Trimestre";
import { v5NoAcumulable } from "./v5NoAcumulable";
import { v6CronogramaSinMeta } from "./v6CronogramaSinMeta";
import { v6FueraDePlazo } from "./v6FueraDePlazo";
import { v6MetaFueraDeCronograma } from "./v6MetaFueraDeCronograma";
import { v6MetaDeEstado } from "./v6MetaDeEstado";
import { v7Requerido } from "./v7Requerido";
import { v8Sentido } from "./v8Sentido";
import { v9SinLogro } from "./v9SinLogro";
import { v9Tipo2 } from "./v9Tipo2";
import { v10Rango } from "./v10Rango";
import { v11SinEjecucion } from "./v11SinEjecucion";
import { v11SinLogrado } from "./v11SinLogrado";
import { v11SinMotivo } from "./v11SinMotivo";
import { v11SinProgramacion } from "./v11SinProgramacion";
import { v11SobreEjecucion } from "./v11SobreEjecucion";
import { v12ActividadRepetida } from "./v12ActividadRepetida";
import { v12Duplicado } from "./v12Duplicado";
import { v13Avance } from "./v13Avance";
import { v13AvanceFinanciero } from "./v13AvanceFinanciero";
import { v13Promedio } from "./v13Promedio";
import { v14Prioridad } from "./v14Prioridad";
import { v13DevengadoSobrePim } from "./v13DevengadoSobrePim";
import { p2ColumnaTarea } from "./p2ColumnaTarea";
import { p3EscalaCorte } from "./p3EscalaCorte";
import { v4TotalFamilia } from "./v4TotalFamilia";
import { v11FisicoFinanciero } from "./v11FisicoFinanciero";
import { v11FilaSinProgramar } from "./v11FilaSinProgramar";
import { v11TareaEliminada } from "./v11TareaEliminada";
import { v15Articulacion } from "./v15Articulacion";
import { v15ArticulacionNombre } from "./v15ArticulacionNombre";
import { v15ArticulacionSinAo } from "./v15ArticulacionSinAo";

/** Every validation rule, in the order of CEPLAN's checks, then the number and POI-line rules. */
export const RULES: readonly PlanRule[] = [
  v1Codigo,
  v1CodigoAo,
  v1Jerarquia,
  v2AeiSinIndicador,
  v2OeiSinAei,
  v3FichaSinAei,
  v4Trimestre,
  v4Anual,
  v4Meta,
  v4Decimales,
  v4TotalFamilia,
  v5NoAcumulable,
  v6FueraDePlazo,
  v6MetaFueraDeCronograma,
  v6MetaDeEstado,
  v6CronogramaSinMeta,
  v7Requerido,
  v8Sentido,
  v9SinLogro,
  v9Tipo2,
  v10Rango,
  v11SinProgramacion,
  v11SobreEjecucion,
  v11SinMotivo,
  v11SinEjecucion,
  v11SinLogrado,
  v11FilaSinProgramar,
  v11TareaEliminada,
  v11FisicoFinanciero,
  v12Duplicado,
  v12ActividadRepetida,
  v13Avance,
  v13AvanceFinanciero,
  v13DevengadoSobrePim,
  v13Promedio,
  v14Prioridad,
  v15Articulacion,
  v15ArticulacionNombre,
  v15ArticulacionSinAo,
  n1NoNumero,
  n2Texto,
  p1LineaFaltante,
  p2ColumnaTarea,
  p3EscalaCorte,
];

/** The meta of a rule by id; undefined for an id no rule has. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.meta.id === id)?.meta;
}
