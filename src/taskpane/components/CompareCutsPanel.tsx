import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_CHECK_OPTIONS } from "../../core/check/checkSheets";
import type { SavedMatrixMap } from "../../core/columnMap/savedMap";
import { compareSheets, type CutComparison, type CutValue } from "../../core/compare/compareCuts";
import { describeReprogramming, describeTotals } from "../../core/compare/describeComparison";
import { SETTINGS_SHEET, SUMMARY_SHEET } from "../../core/plan/writePlan";
import type { ScaleChoice } from "../../core/scales/scaleChoice";
import type { SheetData } from "../../core/sheet/sheetData";
import { formatNumber } from "../../core/text/formatNumber";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  level: { padding: "0 4px", borderRadius: tokens.borderRadiusSmall },
});

export interface CompareCutsPanelProps {
  sheets: readonly SheetData[];
  scale: ScaleChoice;
  maps?: readonly SavedMatrixMap[];
}

/** Sheets Semáforo writes: never a cut. */
const OWN_SHEETS = new Set([SETTINGS_SHEET, SUMMARY_SHEET]);
const TITLES = { empeoro: "Empeoró", mejoro: "Mejoró", igual: "Igual" } as const;
const ARROWS = { empeoro: "▼", mejoro: "▲", igual: "►" } as const;

function Level({ value }: { value: CutValue }) {
  const styles = useStyles();
  const text = value.valor === null ? value.nivel : `${formatNumber(value.valor)} % ${value.nivel}`;
  return (
    <span
      className={styles.level}
      style={{ background: value.colores.relleno, color: value.colores.letra }}
    >
      {text}
    </span>
  );
}

/**
 * «Comparar con otro corte»: two sheets of this workbook (last month's export pasted beside this
 * month's), measured as `semaforo comparar` measures two files, with the same scale.
 */
export function CompareCutsPanel({ sheets, scale, maps }: CompareCutsPanelProps) {
  const styles = useStyles();
  const names = sheets.map((s) => s.name).filter((n) => !OWN_SHEETS.has(n));
  const [before, setBefore] = useState<string>("");
  const [after, setAfter] = useState<string>("");
  const [result, setResult] = useState<CutComparison | null>(null);
  const options = useMemo(() => ({ ...DEFAULT_CHECK_OPTIONS, scale, maps }), [scale, maps]);
  const ready = before !== "" && after !== "" && before !== after;
  const compare = () => {
    const pick = (name: string) => sheets.filter((s) => s.name === name);
    setResult(compareSheets(pick(before), pick(after), options));
  };
  const choose = (label: string, value: string, set: (v: string) => void) => (
    <Field label={label}>
      <Select
        value={value}
        onChange={(_, d) => {
          set(d.value);
          setResult(null);
        }}
      >
        <option value="">Elija una hoja</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <section aria-labelledby="comparar-titulo">
      <Subtitle2 as="h2" id="comparar-titulo">
        Comparar con otro corte
      </Subtitle2>
      <div className={styles.row}>
        {choose("Corte anterior", before, setBefore)}
        {choose("Corte actual", after, setAfter)}
        <Button disabled={!ready} onClick={compare}>
          Comparar
        </Button>
      </div>
      {result && (
        <div role="status">
          <Body1>{describeTotals(result)}</Body1>
          {(["empeoro", "mejoro", "igual"] as const).map((d) => {
            const items = result.cambios.filter((c) => c.direccion === d);
            if (items.length === 0) return null;
            return (
              <div key={d}>
                <Caption1 as="h3">{`${ARROWS[d]} ${TITLES[d]} (${items.length})`}</Caption1>
                <ul className={styles.list} aria-label={TITLES[d]}>
                  {items.map((c) => (
                    <li key={c.codigo}>
                      <Caption1>
                        {c.codigo} · <Level value={c.antes} /> → <Level value={c.ahora} />
                        {c.reprogramado ? ` · reprogramado: ${describeReprogramming(c)}` : ""}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          {result.nuevos.length > 0 && (
            <Caption1 as="p">Nuevos: {result.nuevos.map((n) => n.codigo).join(", ")}</Caption1>
          )}
          {result.retirados.length > 0 && (
            <Caption1 as="p">
              Retirados: {result.retirados.map((n) => n.codigo).join(", ")}
            </Caption1>
          )}
        </div>
      )}
    </section>
  );
}
