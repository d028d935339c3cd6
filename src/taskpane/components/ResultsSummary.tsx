import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { MatrixReport } from "../../core/check/checkSheets";
import type { Measuring } from "../../core/scales/measuring";
import { levelCounts } from "../model/levelCounts";
import { plural } from "../../core/text/plural";
import { LevelBar } from "./LevelBar";

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
});

export interface ResultsSummaryProps {
  reports: readonly { id: string; sheet: string; report: MatrixReport }[];
  scale: Measuring;
}

/** The result first: matrices found, how many with errors, and each one's levels as a bar. */
export function ResultsSummary({ reports, scale }: ResultsSummaryProps) {
  const styles = useStyles();
  const withErrors = reports.filter((r) => r.report.findings.some((f) => f.severity === "error"));
  return (
    <section aria-labelledby="resumen-titulo">
      <Subtitle2 as="h2" id="resumen-titulo">
        {plural(reports.length, "matriz encontrada", "matrices encontradas")}
        {" · "}
        {withErrors.length === 0 ? "ninguna con errores" : `${withErrors.length} con errores`}
      </Subtitle2>
      <ul className={styles.list}>
        {reports.map(({ id, sheet, report }) => {
          const errors = report.findings.filter((f) => f.severity === "error").length;
          return (
            <li key={id}>
              <Body1 className={styles.name}>
                <strong>{report.label}</strong> · «{sheet}»
                {report.ficha?.ficha ? ` · ${report.ficha.ficha}` : ""}
              </Body1>
              <br />
              <Caption1>
                {plural(report.results.length, "resultado", "resultados")}
                {errors > 0 ? ` · ${plural(errors, "error", "errores")}` : ""}
              </Caption1>
              <LevelBar levels={levelCounts(report, scale)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
