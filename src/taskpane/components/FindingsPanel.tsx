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
import { ruleMeta } from "../../core/rules/registry";
import type { MatrixReport } from "../../core/check/checkSheets";

const LABEL: Record<Severity, [string, string]> = {
  error: ["error", "errores"],
  warning: ["advertencia", "advertencias"],
  info: ["aviso", "avisos"],
};
const count = (n: number, s: Severity) => `${n} ${n === 1 ? LABEL[s][0] : LABEL[s][1]}`;

const useStyles = makeStyles({
  filters: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  rule: { marginTop: tokens.spacingVerticalS },
  finding: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    minHeight: "auto",
    padding: tokens.spacingVerticalXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsPanelProps {
  reports: { sheet: string; report: MatrixReport }[];
  onSelect: (sheet: string, cell: string) => void;
}

/** Findings grouped by rule and severity, filterable; clicking one selects its cell in Excel. */
export function FindingsPanel({ reports, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
    info: false,
  });
  const all = reports.flatMap(({ sheet, report }) => report.findings.map((f) => ({ sheet, f })));
  const totals = (["error", "warning", "info"] as Severity[]).map(
    (s) => [s, all.filter((x) => x.f.severity === s).length] as const
  );
  const errors = totals[0]?.[1] ?? 0;
  const visible = all.filter((x) => shown[x.f.severity]);
  const byRule = new Map<string, { sheet: string; f: Finding }[]>();
  for (const x of visible) byRule.set(x.f.rule, [...(byRule.get(x.f.rule) ?? []), x]);

  return (
    <section aria-label="Hallazgos">
      <Subtitle2 as="h2">
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
      {[...byRule.entries()].map(([rule, items]) => (
        <div key={rule} className={styles.rule}>
          <Body1>
            <strong>{rule}</strong> — {ruleMeta(rule)?.description ?? rule} ({items.length})
          </Body1>
          <ul style={{ listStyleType: "none", margin: 0, padding: 0 }}>
            {items.map(({ sheet, f }) => (
              <li key={`${sheet}!${f.cell}!${f.rule}`}>
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  onClick={() => onSelect(sheet, f.cell)}
                  aria-label={`Ir a ${sheet}!${f.cell}: ${f.message}`}
                >
                  <span className={styles[f.severity]}>
                    {f.severity === "error" ? "✖" : f.severity === "warning" ? "▲" : "·"}
                  </span>
                  <span className={styles.cell}>{f.cell}</span>
                  <Caption1>{f.message}</Caption1>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
