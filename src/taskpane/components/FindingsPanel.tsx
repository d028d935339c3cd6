import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Subtitle2,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/check/findings";
import type { MatrixReport } from "../../core/check/checkSheets";
import { plural } from "../../core/text/plural";
import { ruleDescription } from "../model/ruleText";

const ORDER: Severity[] = ["error", "warning", "info"];
const NOUN: Record<Severity, [string, string]> = {
  error: ["error", "errores"],
  warning: ["advertencia", "advertencias"],
  info: ["aviso", "avisos"],
};
const HEADING: Record<Severity, string> = {
  error: "Errores",
  warning: "Advertencias",
  info: "Avisos",
};
const ICON: Record<Severity, string> = { error: "✖", warning: "▲", info: "●" };
const count = (n: number, s: Severity) => plural(n, NOUN[s][0], NOUN[s][1]);

const useStyles = makeStyles({
  filters: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  heading: { marginTop: tokens.spacingVerticalM, display: "block" },
  rule: { marginTop: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  finding: {
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
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsPanelProps {
  reports: { sheet: string; report: MatrixReport }[];
  onSelect: (sheet: string, cell: string) => void;
}

/** «Hoja!Celda», so a finding says where it is even when its matrix spans sheets. */
export const where = (sheet: string, cell: string) => `${sheet}!${cell}`;

/**
 * Findings by severity (errors first), then by rule, filterable; each names its sheet and cell,
 * and clicking it selects the cell in Excel. A button's accessible name is its visible text.
 */
export function FindingsPanel({ reports, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
    info: false,
  });
  const all = reports.flatMap(({ sheet, report }) => report.findings.map((f) => ({ sheet, f })));
  const totals = ORDER.map((s) => [s, all.filter((x) => x.f.severity === s).length] as const);
  const errors = totals[0]?.[1] ?? 0;

  return (
    <section aria-labelledby="hallazgos-titulo">
      <Subtitle2 as="h2" id="hallazgos-titulo">
        {errors === 0 ? "Sin errores" : "Hallazgos"}:{" "}
        {totals.map(([s, n]) => count(n, s)).join(", ")}
      </Subtitle2>
      <div className={styles.filters} role="group" aria-label="Mostrar por gravedad">
        {totals.map(([s, n]) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown[s]}
            onClick={() => setShown({ ...shown, [s]: !shown[s] })}
          >
            {count(n, s)}
          </ToggleButton>
        ))}
      </div>
      {ORDER.filter((s) => shown[s]).map((severity) => {
        const items = all.filter((x) => x.f.severity === severity);
        if (items.length === 0) return null;
        const byRule = new Map<string, { sheet: string; f: Finding }[]>();
        for (const x of items) byRule.set(x.f.rule, [...(byRule.get(x.f.rule) ?? []), x]);
        return (
          <div key={severity}>
            <Subtitle2 as="h3" className={styles.heading}>
              {HEADING[severity]} ({items.length})
            </Subtitle2>
            {[...byRule.entries()].map(([rule, list]) => (
              <div key={rule} className={styles.rule}>
                <Body1>
                  <strong>{rule}</strong> — {ruleDescription(rule)} ({list.length})
                </Body1>
                <ul className={styles.list}>
                  {list.map(({ sheet, f }) => (
                    <li key={`${sheet}!${f.cell}!${f.rule}`}>
                      <Button
                        appearance="subtle"
                        className={styles.finding}
                        onClick={() => onSelect(sheet, f.cell)}
                      >
                        <span className={styles[f.severity]} aria-hidden="true">
                          {ICON[f.severity]}
                        </span>
                        <span className={styles.text}>
                          <span className={styles.cell}>{where(sheet, f.cell)}</span>{" "}
                          <Caption1>{f.message}</Caption1>
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
