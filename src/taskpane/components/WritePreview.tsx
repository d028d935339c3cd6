import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { SUMMARY_SHEET, type WritePlan } from "../../core/plan/writePlan";
import { plural } from "../../core/text/plural";
import { measuringSentence } from "../../core/plan/measuringText";
import type { SheetTarget } from "../model/writeTargets";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { overflowWrap: "anywhere" },
});

export interface WritePreviewProps {
  plan: WritePlan;
  targets: readonly SheetTarget[];
  errors: number;
}

/** The dialog's body: where each formula and semáforo goes, what is left alone, open errors. */
export function WritePreview({ plan, targets, errors }: WritePreviewProps) {
  const styles = useStyles();
  const summary = plan.sheets.some((s) => s.name === SUMMARY_SHEET);
  return (
    <div className={styles.text}>
      {targets.length > 0 ? (
        <ul className={styles.list}>
          {targets.map((t) => (
            <li key={t.sheet}>
              «{t.sheet}», {t.columns.length === 1 ? "columna" : "columnas"} {t.columns.join(", ")}:{" "}
              {plural(t.formulas, "fórmula", "fórmulas")} y el semáforo en{" "}
              {plural(t.painted, "celda", "celdas")}.
            </li>
          ))}
        </ul>
      ) : (
        <p>No hay avances que calcular en las matrices detectadas.</p>
      )}
      {measuringSentence(plan) && <p>{measuringSentence(plan)}</p>}
      {summary && <p>Creará la hoja «{SUMMARY_SHEET}» (reemplaza la anterior, si existe).</p>}
      {plan.conflicts.length > 0 && (
        <p>
          {plan.conflicts.length === 1 ? "Se dejará intacta" : "Se dejarán intactas"}{" "}
          {plural(plan.conflicts.length, "celda", "celdas")} con datos suyos:{" "}
          {plan.conflicts
            .slice(0, 5)
            .map((c) => `${c.sheet}!${c.cell}`)
            .join(", ")}
          {plan.conflicts.length > 5 ? "…" : ""}.
        </p>
      )}
      {plan.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Quedan {plural(errors, "error", "errores")} sin corregir en estas matrices: los avances
            se calcularán con los datos tal como están.
          </MessageBarBody>
        </MessageBar>
      )}
      <p>Si Excel falla a mitad de camino, Semáforo deshace lo escrito en esta ejecución.</p>
    </div>
  );
}
