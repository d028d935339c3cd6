import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DetectedMatrix } from "../../core/detect/matrix";
import { kindLabel } from "../../core/kinds/registry";
import type { MatrixReport } from "../../core/check/checkSheets";
import { plural } from "../../core/text/plural";

export interface MatrixEntry {
  id: string;
  sheet: string;
  matrix: DetectedMatrix;
}

const useStyles = makeStyles({
  header: { overflowWrap: "anywhere" },
  badge: { marginLeft: tokens.spacingHorizontalS, whiteSpace: "nowrap", flexShrink: 0 },
  panel: {
    paddingBottom: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});

export interface MatrixListProps {
  entries: MatrixEntry[];
  reports: ReadonlyMap<string, MatrixReport>;
  /** Opens «Definir columnas» on the matrix's sheet at its header row (1-based). */
  onDefine: (sheet: string, row: number) => void;
}

/** The matrices found, in a planner's words, collapsed to one line each until opened. */
export function MatrixList({ entries, reports, onDefine }: MatrixListProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="matrices-titulo">
      <h2 id="matrices-titulo" style={{ fontSize: tokens.fontSizeBase300, margin: 0 }}>
        Detalle de las matrices
      </h2>
      <Accordion multiple collapsible>
        {entries.map((e) => {
          const report = reports.get(e.id);
          const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
          const dataRows = e.matrix.rows.filter(
            (r) => r.role !== "blank" && r.role !== "repeated-header"
          ).length;
          return (
            <AccordionItem key={e.id} value={e.id}>
              <AccordionHeader size="small" className={styles.header}>
                {kindLabel(e.matrix.kind)} · «{e.sheet}»
                {report && (
                  <Badge
                    className={styles.badge}
                    appearance="tint"
                    color={errors > 0 ? "danger" : "success"}
                  >
                    {errors > 0 ? plural(errors, "error", "errores") : "sin errores"}
                  </Badge>
                )}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Caption1>
                  {e.matrix.ficha?.labels.ficha ? `${e.matrix.ficha.labels.ficha.value} · ` : ""}
                  Hoja «{e.sheet}» · {e.matrix.headerA1} · {plural(dataRows, "fila", "filas")} ·
                  confianza {Math.round(e.matrix.confidence * 100)} %
                  {e.matrix.header.signature.startsWith("mapa|") &&
                    " · columnas definidas por usted"}
                </Caption1>
                <Button
                  size="small"
                  aria-label={`Definir columnas de ${kindLabel(e.matrix.kind)} en «${e.sheet}»`}
                  onClick={() => onDefine(e.sheet, e.matrix.header.top + 1)}
                >
                  Definir columnas
                </Button>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
