import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { describeRanges } from "../../core/check/findingGroups";
import type { Severity } from "../../core/check/findings";
import { plural } from "../../core/text/plural";
import { ruleDescription } from "../model/ruleText";
import type { WorkGroup } from "../model/worklist";

/** Cells listed at once when a group is unfolded; «Mostrar más» adds as many again. */
export const PAGE = 25;

const ICON: Record<Severity, string> = { error: "✖", warning: "▲", info: "●" };

const useStyles = makeStyles({
  row: {
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "left",
    width: "100%",
    minWidth: 0,
    minHeight: "auto",
    padding: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    gap: tokens.spacingHorizontalS,
  },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

/** «Hoja!Celda», so a finding says where it is even when its matrix spans sheets. */
export const where = (sheet: string, cell: string) => `${sheet}!${cell}`;

export interface FindingGroupRowProps {
  group: WorkGroup;
  /** Whether the sheet is named (more than one sheet has findings). */
  showSheet: boolean;
  onSelect: (sheet: string, cell: string) => void;
}

/**
 * One rule and cause, folded: its count, what it checks and where («H74:H229»). Unfolded, each
 * cell is a button that selects it in Excel, PAGE at a time.
 */
export function FindingGroupRow({ group, showSheet, onSelect }: FindingGroupRowProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const single = group.count === 1;
  const place = `${showSheet ? `«${group.sheet}» ` : ""}${describeRanges(group.ranges)}`;
  const listId = `celdas-${group.key.replace(/[^A-Za-z0-9]/g, "-")}`;
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.row}
        aria-expanded={single ? undefined : open}
        aria-controls={single || !open ? undefined : listId}
        onClick={() => (single ? onSelect(group.sheet, group.cells[0] ?? "") : setOpen(!open))}
      >
        <span className={styles[group.severity]} aria-hidden="true">
          {ICON[group.severity]}
        </span>
        {single ? (
          <span className={styles.text}>
            <span className={styles.cell}>{where(group.sheet, group.cells[0] ?? "")}</span>{" "}
            <Caption1>{group.message}</Caption1>
          </span>
        ) : (
          <span className={styles.text}>
            <span className={styles.strong}>
              {group.count.toLocaleString("es-PE")} · {ruleDescription(group.rule)}
            </span>{" "}
            <Caption1>
              · <span className={styles.cell}>{place}</span> · p. ej.: {group.message}
            </Caption1>
          </span>
        )}
      </Button>
      {open && !single && (
        <ul id={listId} className={styles.list}>
          {group.findings.slice(0, shown).map((f, i) => (
            <li key={`${f.cell}-${i}`}>
              <Button
                appearance="subtle"
                size="small"
                className={styles.row}
                onClick={() => onSelect(group.sheet, f.cell)}
              >
                <span className={styles.text}>
                  <span className={styles.cell}>{where(group.sheet, f.cell)}</span>{" "}
                  <Caption1>{f.message}</Caption1>
                </span>
              </Button>
            </li>
          ))}
          {group.count > shown && (
            <li>
              <Caption1>
                Se muestran {shown.toLocaleString("es-PE")} de{" "}
                {plural(group.count, "celda", "celdas")}.
              </Caption1>{" "}
              <Button size="small" onClick={() => setShown(shown + PAGE)}>
                Mostrar más
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
