import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface CommandBarProps {
  busy: boolean;
  /** Why «Calcular y pintar» cannot run now, or null when it can. */
  calculateBlocked: string | null;
  /** Why «Crear resumen» cannot run now, or null when it can. */
  summaryBlocked: string | null;
  /** Whether the workbook holds something Semáforo wrote (results or its configuración). */
  canRemove: boolean;
  onValidate: () => void;
  onCalculate: () => void;
  onSummary: () => void;
  onRemove: () => void;
}

/**
 * The pane's four commands, always at the top (Microsoft's guidance for task panes; the content
 * scrolls below them): the main action is a few Tabs away on any workbook. A disabled command
 * says why, beside it.
 */
export function CommandBar(props: CommandBarProps) {
  const styles = useStyles();
  const { busy, calculateBlocked, summaryBlocked } = props;
  const reasons = [...new Set([calculateBlocked, summaryBlocked].filter((r) => r !== null))];
  return (
    <nav className={styles.root} aria-label="Acciones">
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={props.onValidate}>
          Validar todo
        </Button>
        <Button
          appearance="primary"
          disabled={busy || calculateBlocked !== null}
          aria-describedby={calculateBlocked ? "acciones-motivo" : undefined}
          onClick={props.onCalculate}
        >
          Calcular y pintar
        </Button>
        <Button
          disabled={busy || summaryBlocked !== null}
          aria-describedby={summaryBlocked ? "acciones-motivo" : undefined}
          onClick={props.onSummary}
        >
          Crear resumen
        </Button>
        <Button disabled={busy || !props.canRemove} onClick={props.onRemove}>
          Quitar
        </Button>
      </div>
      {reasons.length > 0 && (
        <Caption1 id="acciones-motivo" role="note">
          {reasons.join(" ")}
        </Caption1>
      )}
    </nav>
  );
}
