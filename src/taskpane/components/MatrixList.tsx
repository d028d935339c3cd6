import { Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DetectedMatrix } from "../../core/detect/matrix";
import { kindLabel } from "../../core/kinds/registry";
import type { MatrixReport } from "../../core/check/checkSheets";

export interface MatrixEntry {
  id: string;
  sheet: string;
  matrix: DetectedMatrix;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  grow: { flexGrow: 1, minWidth: "160px" },
});

export interface MatrixListProps {
  entries: MatrixEntry[];
  emptySheets: string[];
  reports: ReadonlyMap<string, MatrixReport>;
  busy: boolean;
  onValidate: (id: string) => void;
}

/** The matrices found in the workbook, in a planner's words, each with its own «Validar». */
export function MatrixList({ entries, emptySheets, reports, busy, onValidate }: MatrixListProps) {
  const styles = useStyles();
  return (
    <section aria-label="Matrices detectadas">
      <ul className={styles.list}>
        {entries.map((e) => {
          const report = reports.get(e.id);
          const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
          const dataRows = e.matrix.rows.filter(
            (r) => r.role !== "blank" && r.role !== "repeated-header"
          ).length;
          return (
            <li key={e.id} className={styles.item}>
              <div className={styles.grow}>
                <Body1>
                  <strong>{kindLabel(e.matrix.kind)}</strong>
                  {e.matrix.ficha?.labels.ficha ? ` · ${e.matrix.ficha.labels.ficha.value}` : ""}
                </Body1>
                <br />
                <Caption1>
                  Hoja «{e.sheet}» · {e.matrix.headerA1} · {dataRows} filas · confianza{" "}
                  {Math.round(e.matrix.confidence * 100)} %
                </Caption1>
              </div>
              {report && (
                <Badge color={errors > 0 ? "danger" : "success"} aria-label={`${errors} errores`}>
                  {errors > 0 ? `${errors} errores` : "sin errores"}
                </Badge>
              )}
              <Button
                size="small"
                disabled={busy}
                onClick={() => onValidate(e.id)}
                aria-label={`Validar ${kindLabel(e.matrix.kind)} de la hoja ${e.sheet}`}
              >
                Validar
              </Button>
            </li>
          );
        })}
      </ul>
      {emptySheets.length > 0 && (
        <Caption1>
          Sin matrices de planeamiento: {emptySheets.map((s) => `«${s}»`).join(", ")}.
        </Caption1>
      )}
    </section>
  );
}
