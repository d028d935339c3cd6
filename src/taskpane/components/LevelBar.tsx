import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { LevelCount } from "../model/levelCounts";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    // The semáforo's colours carry meaning: keep them in Windows high-contrast mode.
    forcedColorAdjust: "none",
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: "none",
    verticalAlign: "baseline",
  },
});

export interface LevelBarProps {
  levels: readonly LevelCount[];
  /** The legend text of level i; «Malo 10» by default. */
  describe?: (i: number) => string;
}

/** A small coloured bar of how many results fall in each level, with a text legend. */
export function LevelBar({ levels, describe }: LevelBarProps) {
  const styles = useStyles();
  const total = levels.reduce((n, l) => n + l.count, 0);
  return (
    <div>
      {total > 0 && (
        <div className={styles.bar} aria-hidden="true">
          {levels
            .filter((l) => l.count > 0)
            .map((l) => (
              <div key={l.label} style={{ flexGrow: l.count, background: l.fill }} />
            ))}
        </div>
      )}
      <ul className={styles.legend}>
        {levels.map((l, i) => (
          <li key={l.label}>
            <Caption1>
              <span className={styles.swatch} style={{ background: l.fill }} aria-hidden="true" />
              {describe ? describe(i) : `${l.label} ${l.count}`}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
