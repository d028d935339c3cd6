import { useState } from "react";
import { Checkbox } from "@fluentui/react-components";
import { removesResults, resultsRemoval } from "../../core/plan/keepSettings";
import type { RemovalPlan } from "../../core/plan/removalPlan";
import { SETTINGS_SHEET } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import type { SheetData } from "../../core/sheet/sheetData";
import { plural } from "../../core/text/plural";
import type { Note } from "../model/appState";
import { ConfirmDialog } from "./ConfirmDialog";

/** «A», «A» y «B», «A», «B» y «C». */
const listOf = (names: readonly string[]) => {
  const q = names.map((n) => `«${n}»`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} y ${q[q.length - 1]}`;
};
/** «la hoja «A»», «las hojas «A» y «B»». */
const sheetsPhrase = (names: readonly string[]) =>
  `${names.length === 1 ? "la hoja" : "las hojas"} ${listOf(names)}`;

export interface RemovalDialogProps {
  port: WorkbookPort;
  plan: RemovalPlan;
  sheets: readonly SheetData[];
  onCancel: () => void;
  onRun: (action: () => Promise<Note>) => void;
}

/**
 * «Quitar»: what goes (formulas, semáforos, the summary) and what stays (the planner's column
 * maps and chosen scale, unless «también la configuración» is ticked). It opens with the focus on
 * Cancelar: the destructive action is never the first focus.
 */
export function RemovalDialog({ port, plan, sheets, onCancel, onRun }: RemovalDialogProps) {
  const [everything, setEverything] = useState(false);
  const kept = plan.spared.map((c) => `${c.sheet}!${c.address}`);
  const touched = [...new Set(plan.cells.map((c) => c.sheet))];
  const own = plan.sheets.filter((s) => s !== SETTINGS_SHEET);
  const results = removesResults(plan);
  const remove = async (): Promise<Note> => {
    const { plan: chosen, keep } = resultsRemoval(plan, sheets, everything);
    await port.applyRemoval(chosen, keep);
    const parts = [
      results
        ? `Se ${plan.cells.length === 1 ? "borró" : "borraron"} ${plural(plan.cells.length, "celda", "celdas")} y sus semáforos` +
          (own.length ? ` y ${sheetsPhrase(own)}.` : ".")
        : "",
      kept.length
        ? `${kept.length === 1 ? "Se dejó" : "Se dejaron"} ${plural(kept.length, "celda", "celdas")} que usted había escrito.`
        : "",
      everything
        ? "También se quitó la configuración."
        : "Se conservan las columnas que usted definió y la escala elegida.",
    ];
    return {
      intent: "success",
      title: results ? "Se quitó lo escrito por Semáforo" : "Se quitó la configuración",
      text: parts.filter((p) => p).join(" "),
    };
  };
  return (
    <ConfirmDialog
      title="Quitar lo escrito por Semáforo"
      confirmLabel="Quitar"
      focusCancel
      confirmDisabled={!results && !everything}
      confirmNote={
        !results && !everything
          ? "No queda nada calculado por Semáforo: solo su configuración."
          : null
      }
      onCancel={onCancel}
      onConfirm={() => onRun(remove)}
    >
      {results && (
        <p>
          Se {plan.cells.length === 1 ? "borrará" : "borrarán"}{" "}
          {plural(plan.cells.length, "celda", "celdas")} que Semáforo escribió
          {touched.length ? ` en ${listOf(touched)}` : ""}, sus semáforos
          {own.length ? ` y ${sheetsPhrase(own)}` : ""}.
        </p>
      )}
      {kept.length > 0 && (
        <p>
          {kept.length === 1 ? "Se dejará" : "Se dejarán"} {plural(kept.length, "celda", "celdas")}{" "}
          donde usted escribió después: {kept.slice(0, 5).join(", ")}
          {kept.length > 5 ? "…" : ""}.
        </p>
      )}
      <p>
        Sus datos no se tocan.
        {everything ? "" : " Se conservan las columnas que usted definió y la escala elegida."}
      </p>
      <Checkbox
        checked={everything}
        onChange={(_, d) => setEverything(d.checked === true)}
        label="Quitar también la configuración (columnas definidas y escala elegida)"
      />
    </ConfirmDialog>
  );
}
