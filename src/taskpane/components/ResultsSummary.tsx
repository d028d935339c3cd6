import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { MatrixReport } from "../../core/check/checkSheets";
import { kindOf, nodesOf } from "../../core/kinds/registry";
import type { Measuring } from "../../core/scales/measuring";
import { levelCounts } from "../model/levelCounts";
import { plural } from "../../core/text/plural";
import { LevelBar } from "./LevelBar";

/** With more matrices than this (one per ficha, say), they fold into a compact table. */
export const TABLE_FROM = 4;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  name: { overflowWrap: "anywhere" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  summary: { cursor: "pointer", minHeight: "24px", paddingBlock: tokens.spacingVerticalXS },
});

type Entry = { id: string; sheet: string; report: MatrixReport };

export interface ResultsSummaryProps {
  reports: readonly Entry[];
  scale: Measuring;
}

/** Whether a matrix has avances to show as levels (a programación or a plan has none). */
const hasAvances = (r: MatrixReport) => r.results.some((x) => x.value !== null);
/** A matrix whose rows are tasks (its kind yields the task table) counts «tareas», else «filas». */
const rowsOf = (r: MatrixReport) =>
  nodesOf(kindOf(r.kind)).has("tabla-tareas")
    ? plural(r.rows, "tarea", "tareas")
    : plural(r.rows, "fila", "filas");
const nameOf = ({ sheet, report }: Entry) =>
  `${report.ficha?.ficha ? `${report.ficha.ficha} · ` : ""}${report.label} · «${sheet}»`;

/**
 * The result first: matrices found and how many with errors. Level bars only where there are
 * avances; a matrix without them is one line («1 701 tareas · 156 errores»). Many matrices (one
 * per ficha) fold into a compact table, itself folded, so the first finding stays on the first
 * screen.
 */
export function ResultsSummary({ reports, scale }: ResultsSummaryProps) {
  const styles = useStyles();
  const withErrors = reports.filter((r) => r.report.counts.errors > 0);
  const errors = (r: MatrixReport) =>
    r.counts.errors > 0 ? ` · ${plural(r.counts.errors, "error", "errores")}` : "";
  return (
    <section aria-labelledby="resumen-titulo">
      <Subtitle2 as="h2" id="resumen-titulo">
        {plural(reports.length, "matriz encontrada", "matrices encontradas")}
        {" · "}
        {withErrors.length === 0 ? "ninguna con errores" : `${withErrors.length} con errores`}
      </Subtitle2>
      {reports.length >= TABLE_FROM ? (
        <details>
          <summary className={styles.summary}>
            Ver las {reports.length} matrices, con sus errores
          </summary>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell} scope="col">
                  Matriz
                </th>
                <th className={`${styles.cell} ${styles.number}`} scope="col">
                  Filas
                </th>
                <th className={`${styles.cell} ${styles.number}`} scope="col">
                  Errores
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((e) => (
                <tr key={e.id}>
                  <td className={styles.cell}>{nameOf(e)}</td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {e.report.rows.toLocaleString("es-PE")}
                  </td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    <Badge
                      appearance="tint"
                      color={e.report.counts.errors > 0 ? "danger" : "success"}
                    >
                      {e.report.counts.errors.toLocaleString("es-PE")}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : (
        <ul className={styles.list}>
          {reports.map((e) => (
            <li key={e.id}>
              <Body1 className={styles.name}>
                <strong>{e.report.label}</strong> · «{e.sheet}»
                {e.report.ficha?.ficha ? ` · ${e.report.ficha.ficha}` : ""}
              </Body1>
              <br />
              <Caption1>
                {hasAvances(e.report)
                  ? plural(e.report.results.length, "resultado", "resultados")
                  : rowsOf(e.report)}
                {errors(e.report)}
              </Caption1>
              {hasAvances(e.report) && <LevelBar levels={levelCounts(e.report, scale)} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
