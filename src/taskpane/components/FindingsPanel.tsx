import { useState } from "react";
import {
  Button,
  Caption1,
  Select,
  Subtitle2,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../../core/check/findings";
import type { MatrixReport } from "../../core/check/checkSheets";
import { plural } from "../../core/text/plural";
import { SEVERITIES, listedTotals, trueTotals, worklist, worklistCells } from "../model/worklist";
import { FindingGroupRow, where } from "./FindingGroupRow";

const NOUN: Record<Severity, [string, string]> = {
  error: ["error", "errores"],
  warning: ["advertencia", "advertencias"],
  info: ["aviso", "avisos"],
};
const count = (n: number, s: Severity) => plural(n, NOUN[s][0], NOUN[s][1]);
const ALL = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  select: { minWidth: 0, maxWidth: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingsPanelProps {
  reports: readonly { id: string; sheet: string; report: MatrixReport }[];
  onSelect: (sheet: string, cell: string) => void;
  /** «Crear hoja de observaciones»: the same report as `check --formato xlsx`, in the workbook. */
  onObservations?: () => void;
  busy?: boolean;
}

/**
 * The findings as a worklist: the true totals first (cut findings included, as the CLI counts
 * them), filters by severity and sheet, «Ir a la primera» / «Siguiente», and one folded row per
 * rule and cause.
 */
export function FindingsPanel({ reports, onSelect, onObservations, busy }: FindingsPanelProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({
    error: true,
    warning: true,
    info: false,
  });
  const [sheet, setSheet] = useState<string>(ALL);
  const [at, setAt] = useState(-1);
  const sheets = [...new Set(reports.map((r) => r.sheet))];
  const only = sheets.includes(sheet) ? sheet : null;
  const all = trueTotals(reports);
  const totals = trueTotals(reports, only);
  const listed = listedTotals(reports, only);
  const active = new Set(SEVERITIES.filter((s) => shown[s]));
  const groups = worklist(reports, { severities: active, sheet: only });
  const cells = worklistCells(groups);
  const cut = SEVERITIES.filter((s) => shown[s] && listed[s] < totals[s]);
  const go = (i: number) => {
    const target = cells[i];
    if (!target) return;
    setAt(i);
    onSelect(target.sheet, target.cell);
  };
  const current = at >= 0 && at < cells.length ? cells[at] : undefined;

  return (
    <section aria-labelledby="hallazgos-titulo" className={styles.root}>
      <Subtitle2 as="h2" id="hallazgos-titulo">
        {all.error === 0 ? "Sin errores" : "Hallazgos"}:{" "}
        {SEVERITIES.map((s) => count(all[s], s)).join(", ")}
      </Subtitle2>
      <div className={styles.row} role="group" aria-label="Mostrar por gravedad">
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown[s]}
            onClick={() => {
              setShown({ ...shown, [s]: !shown[s] });
              setAt(-1);
            }}
          >
            {count(totals[s], s)}
          </ToggleButton>
        ))}
      </div>
      {sheets.length > 1 && (
        <Select
          className={styles.select}
          aria-label="Hoja"
          size="small"
          value={only ?? ALL}
          onChange={(_, d) => {
            setSheet(d.value);
            setAt(-1);
          }}
        >
          <option value={ALL}>Todas las hojas</option>
          {sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      )}
      <div className={styles.row}>
        <Button size="small" disabled={cells.length === 0} onClick={() => go(0)}>
          Ir a la primera
        </Button>
        <Button size="small" disabled={at + 1 >= cells.length} onClick={() => go(at + 1)}>
          Siguiente
        </Button>
        {onObservations && (
          <Button size="small" disabled={busy} onClick={onObservations}>
            Crear hoja de observaciones
          </Button>
        )}
      </div>
      <Caption1 role="status">
        {current
          ? `${where(current.sheet, current.cell)} · ${(at + 1).toLocaleString("es-PE")} de ${plural(cells.length, "celda", "celdas")}`
          : ""}
      </Caption1>
      {cut.length > 0 && (
        <Caption1>
          Se muestran{" "}
          {cut
            .map((s) => `${listed[s].toLocaleString("es-PE")} de ${count(totals[s], s)}`)
            .join(", ")}
          : la revisión lista hasta 200 hallazgos por regla en cada matriz; la hoja de observaciones
          dice cuántos quedan.
        </Caption1>
      )}
      <ul className={styles.list} aria-label="Hallazgos por regla">
        {groups.map((g) => (
          <FindingGroupRow
            key={g.key}
            group={g}
            showSheet={sheets.length > 1}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </section>
  );
}
