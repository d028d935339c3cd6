import { Input, Label, makeStyles, tokens } from "@fluentui/react-components";
import { customScaleOf, type CustomScaleSpec } from "../../core/scales/scaleChoice";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  bar: {
    display: "flex",
    height: "20px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    marginTop: tokens.spacingVerticalXS,
  },
});

export interface ScaleEditorProps {
  spec: CustomScaleSpec;
  onChange: (spec: CustomScaleSpec) => void;
}

/** Edits the institution's own bands (label and lower bound) and previews them on 0–100. */
export function ScaleEditor({ spec, onChange }: ScaleEditorProps) {
  const styles = useStyles();
  const scale = customScaleOf(spec);
  const update = (i: number, patch: Partial<{ label: string; min: number }>) => {
    const levels = spec.levels.map((l, j) => (j === i ? { ...l, ...patch } : l));
    onChange({ ...spec, levels });
  };
  const bounds = scale.levels.map((l, i) => (i === 0 ? 0 : Math.max(0, Math.min(100, l.min))));
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
      <legend>Escala propia de la institución</legend>
      {scale.levels.map((level, i) => (
        <div key={i} className={styles.row}>
          <Label htmlFor={`nivel-${i}`} style={{ width: "54px" }}>
            Nivel {i + 1}
          </Label>
          <Input
            id={`nivel-${i}`}
            size="small"
            value={level.label}
            onChange={(_, d) => update(i, { label: d.value })}
            aria-label={`Etiqueta del nivel ${i + 1}`}
          />
          <Input
            size="small"
            type="number"
            style={{ width: "72px" }}
            disabled={i === 0}
            value={i === 0 ? "0" : String(level.min)}
            onChange={(_, d) => update(i, { min: Number(d.value) })}
            aria-label={`Mínimo del nivel ${i + 1} (%)`}
          />
        </div>
      ))}
      <div
        className={styles.bar}
        role="img"
        aria-label={`Vista previa: ${scale.levels.map((l, i) => `${l.label} desde ${bounds[i]} %`).join(", ")}`}
      >
        {scale.levels.map((l, i) => {
          const width = (bounds[i + 1] ?? 100) - (bounds[i] ?? 0);
          return (
            <div
              key={i}
              title={l.label}
              style={{
                width: `${Math.max(0, width)}%`,
                background: l.fill,
                color: l.font,
                fontSize: "11px",
                textAlign: "center",
              }}
            >
              {width >= 12 ? l.label : ""}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
