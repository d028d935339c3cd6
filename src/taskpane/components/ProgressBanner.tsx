import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";

export interface Busy {
  label: string;
  /** 0–1, or undefined while the size of the work is not known yet. */
  fraction?: number;
  /** Present when the work can be stopped (reading can; a write is never left half done). */
  onCancel?: () => void;
}

const useStyles = makeStyles({
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  field: { flexGrow: 1, minWidth: 0 },
});

/** Stays at the top of the pane while Semáforo works: what it is doing, how far, and Cancelar. */
export function ProgressBanner({ busy }: { busy: Busy }) {
  const styles = useStyles();
  const percent = busy.fraction === undefined ? "" : ` ${Math.round(busy.fraction * 100)} %`;
  return (
    <div className={styles.root} role="status">
      <Field className={styles.field} label={`${busy.label}${percent}`}>
        <ProgressBar value={busy.fraction} max={1} />
      </Field>
      {busy.onCancel && (
        <Button size="small" onClick={busy.onCancel}>
          Cancelar
        </Button>
      )}
    </div>
  );
}
