import {
  Checkbox,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PRESET_SCALES } from "../../core/scales/presets";
import type { CustomScaleSpec, ScaleChoice } from "../../core/scales/scaleChoice";
import type { Period } from "../../core/detect/matrix";
import type { Measuring } from "../../core/scales/measuring";
import type { FormulaMode } from "../../core/plan/writePlan";
import { ScaleEditor } from "./ScaleEditor";

/** The measuring choice (scale, period, tope; core/scales/measuring) and how to write. */
export interface ActionSettings extends Measuring {
  mode: FormulaMode;
  /** The editor's levels, kept while another scale is chosen. */
  custom: CustomScaleSpec;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

const PERIODS: [string, string][] = [
  ["", "Según la matriz"],
  ["semestral", "Semestral"],
  ["anual", "Anual"],
  ["trimestral", "Trimestral"],
];

export interface ActionsPanelProps {
  settings: ActionSettings;
  onChange: (s: ActionSettings) => void;
}

/** Formula mode, cap, scale and period: how «Calcular y pintar» and «Crear resumen» write. */
export function ActionsPanel({ settings, onChange }: ActionsPanelProps) {
  const styles = useStyles();
  const scaleOptions: [string, string][] = [
    ["", "CEPLAN según el periodo"],
    ...Object.values(PRESET_SCALES).map((s) => [s.id, s.name] as [string, string]),
    ["PROPIA", "Escala propia"],
  ];
  const scaleId = scaleIdOf(settings.scale);
  const scaleText = scaleOptions.find(([id]) => id === scaleId)?.[1] ?? "";
  const periodText = PERIODS.find(([id]) => id === (settings.period ?? ""))?.[1] ?? "";
  return (
    <section aria-labelledby="calcular-titulo" className={styles.root}>
      <h2 id="calcular-titulo" className={styles.title}>
        Opciones de cálculo
      </h2>
      <Field label="Fórmulas">
        <RadioGroup
          value={settings.mode}
          onChange={(_, d) => onChange({ ...settings, mode: d.value as FormulaMode })}
        >
          <Radio value="personalizadas" label="Funciones PLAN (requieren el complemento)" />
          <Radio
            value="nativas"
            label="Portátiles: fórmulas de Excel (funcionan sin el complemento)"
          />
          <Radio
            value="libro"
            label="Funciones del libro: =AVANCE_TIPO1(…) definidas en el propio libro (Excel 365 y 2024)"
          />
        </RadioGroup>
      </Field>
      <Checkbox
        // Mixed: each kind's own cap (PEI avances capped, POI ejecución as it is), the default.
        checked={settings.tope ?? "mixed"}
        onChange={(_, d) => onChange({ ...settings, tope: !!d.checked })}
        label="Limitar el avance a 100 %"
      />
      <Field label="Escala del semáforo">
        <Dropdown
          value={scaleText}
          selectedOptions={[scaleId]}
          onOptionSelect={(_, d) =>
            onChange({ ...settings, scale: choiceOf(d.optionValue ?? "", settings.custom) })
          }
        >
          {scaleOptions.map(([id, name]) => (
            <Option key={id || "periodo"} value={id}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {settings.scale.kind === "propia" && (
        <ScaleEditor
          spec={settings.custom}
          onChange={(custom) =>
            onChange({ ...settings, custom, scale: { kind: "propia", spec: custom } })
          }
        />
      )}
      <Field label="Periodo">
        <Dropdown
          value={periodText}
          selectedOptions={[settings.period ?? ""]}
          onOptionSelect={(_, d) =>
            onChange({ ...settings, period: (d.optionValue || null) as Period | null })
          }
        >
          {PERIODS.map(([id, name]) => (
            <Option key={id || "matriz"} value={id}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </section>
  );
}

/** The dropdown's value for a choice: "" by period, a preset id, or "PROPIA". */
function scaleIdOf(choice: ScaleChoice): string {
  return choice.kind === "periodo" ? "" : choice.kind === "preset" ? choice.id : "PROPIA";
}

function choiceOf(id: string, custom: CustomScaleSpec): ScaleChoice {
  if (id === "") return { kind: "periodo" };
  if (id === "PROPIA") return { kind: "propia", spec: custom };
  return { kind: "preset", id };
}
