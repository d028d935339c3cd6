import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import {
  customScaleOf,
  validateCustomScale,
  type CustomScaleSpec,
  type ScaleFieldError,
} from "../../core/scales/scaleChoice";
import { LevelBar } from "./LevelBar";
import { useFormStyles } from "./formStyles";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 80px",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  input: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const MAX_LEVELS = 5;
/** "" is not a number: the field then shows its error instead of silently meaning 0. */
const toNumber = (text: string) => (text.trim() === "" ? NaN : Number(text.replace(",", ".")));
const shown = (n: number) => (Number.isFinite(n) ? String(n) : "");

export interface ScaleEditorProps {
  spec: CustomScaleSpec;
  onChange: (spec: CustomScaleSpec) => void;
}

/**
 * Edits the institution's own bands (label and lower bound, an optional sobre-ejecución band),
 * shows each problem at its field (core validateCustomScale) and previews valid scales on 0–100.
 * The spec is kept exactly as typed, so what is saved and reloaded is what was chosen.
 */
export function ScaleEditor({ spec, onChange }: ScaleEditorProps) {
  const styles = useStyles();
  const form = useFormStyles();
  // Minimums as typed ("80," while typing "80,5"), re-derived when the spec changes from outside.
  const [drafts, setDrafts] = useState(() => spec.levels.map((l) => shown(l.min)));
  useEffect(() => {
    setDrafts((d) =>
      spec.levels.map((l, i) => (toNumber(d[i] ?? "") === l.min ? (d[i] as string) : shown(l.min)))
    );
  }, [spec.levels]);
  const errors = validateCustomScale(spec);
  const errorAt = (field: ScaleFieldError["field"], index?: number) =>
    errors.find((e) => e.field === field && (index === undefined || e.index === index))?.message;
  const setLevel = (i: number, patch: Partial<{ label: string; min: number }>) =>
    onChange({ ...spec, levels: spec.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  const valid = errors.length === 0;
  const scale = valid ? customScaleOf(spec) : null;
  const top = spec.over ? spec.over.above : 100;
  const bands = scale
    ? [
        ...scale.levels.map((l, i) => {
          const from = i === 0 ? 0 : (spec.levels[i]?.min ?? 0);
          const to = spec.levels[i + 1]?.min ?? top;
          return { label: l.label, fill: l.fill, font: l.font, count: to - from, from, to };
        }),
        ...(scale.over ? [{ ...scale.over, count: 10, from: scale.over.above, to: Infinity }] : []),
      ]
    : [];
  const describeBand = (i: number) => {
    const b = bands[i] as (typeof bands)[number];
    return b.to === Infinity ? `${b.label}: más de ${b.from} %` : `${b.label}: ${b.from}–${b.to} %`;
  };

  return (
    <fieldset className={form.fieldset}>
      <legend>Escala propia de la institución</legend>
      {spec.levels.map((level, i) => (
        <div key={i} className={styles.row}>
          <Field label={`Nivel ${i + 1}`} validationMessage={errorAt("label", i)}>
            <Input
              className={styles.input}
              size="small"
              value={level.label}
              onChange={(_, d) => setLevel(i, { label: d.value })}
            />
          </Field>
          <Field
            label={{
              children: (
                <>
                  Desde (%) <span className={form.hidden}>del nivel {i + 1}</span>
                </>
              ),
            }}
            validationMessage={errorAt("min", i)}
          >
            <Input
              className={styles.input}
              size="small"
              inputMode="decimal"
              value={i === 0 ? "0" : (drafts[i] ?? "")}
              readOnly={i === 0}
              onChange={(_, d) => {
                setDrafts((x) => x.map((v, j) => (j === i ? d.value : v)));
                setLevel(i, { min: toNumber(d.value) });
              }}
            />
          </Field>
        </div>
      ))}
      {errorAt("levels") && <Field validationMessage={errorAt("levels")} />}
      <div className={styles.buttons}>
        <Button
          size="small"
          disabled={spec.levels.length >= MAX_LEVELS}
          onClick={() => {
            const last = spec.levels[spec.levels.length - 1]?.min ?? 0;
            setDrafts((d) => [...d, shown(Math.min(100, last + 10))]);
            onChange({
              ...spec,
              levels: [...spec.levels, { label: "", min: Math.min(100, last + 10) }],
            });
          }}
        >
          Añadir nivel
        </Button>
        <Button
          size="small"
          disabled={spec.levels.length <= 2}
          onClick={() => {
            setDrafts((d) => d.slice(0, -1));
            onChange({ ...spec, levels: spec.levels.slice(0, -1) });
          }}
        >
          Quitar el último nivel
        </Button>
      </div>
      <Checkbox
        checked={spec.over !== undefined}
        label="Banda de sobre-ejecución (avances sin tope)"
        onChange={(_, d) =>
          onChange({
            ...spec,
            over: d.checked ? { label: "Sobre-ejecución", above: 100 } : undefined,
          })
        }
      />
      {spec.over && (
        <div className={styles.row}>
          <Field label="Etiqueta" validationMessage={errorAt("over")}>
            <Input
              className={styles.input}
              size="small"
              value={spec.over.label}
              onChange={(_, d) =>
                onChange({ ...spec, over: { ...(spec.over as { above: number }), label: d.value } })
              }
            />
          </Field>
          <Field label="Más de (%)">
            <Input
              className={styles.input}
              size="small"
              inputMode="decimal"
              value={shown(spec.over.above)}
              onChange={(_, d) =>
                onChange({
                  ...spec,
                  over: { ...(spec.over as { label: string }), above: toNumber(d.value) },
                })
              }
            />
          </Field>
        </div>
      )}
      {valid && (
        <div>
          <span>Vista previa:</span>
          <LevelBar levels={bands} describe={describeBand} />
        </div>
      )}
    </fieldset>
  );
}
