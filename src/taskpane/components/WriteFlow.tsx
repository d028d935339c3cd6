import type { MatrixReport } from "../../core/check/checkSheets";
import { measuringSentence } from "../../core/plan/measuringText";
import { SUMMARY_SHEET } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { describeFailure, type Note } from "../model/appState";
import { plural } from "../../core/text/plural";
import { expectedCells, openErrors, writeTargets } from "../model/writeTargets";
import { writeWithNames } from "../model/writeWithNames";
import { useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog";
import { RemovalDialog } from "./RemovalDialog";
import { NOTHING_TO_CALCULATE } from "../model/writeAbility";
import { NameConflicts } from "./NameConflicts";
import type { Busy } from "./ProgressBanner";
import { WritePreview } from "./WritePreview";
import type { PendingWork } from "../model/pendingWork";

export type { PendingWork };

export interface WriteFlowProps {
  port: WorkbookPort;
  work: PendingWork;
  reports: readonly { sheet: string; report: MatrixReport }[];
  onClose: () => void;
  onBusy: (b: Busy | null) => void;
  onDone: (note: Note) => void;
}

/** The confirmation dialog for a write or a removal, then the work itself with progress. */
export function WriteFlow({ port, work, reports, onClose, onBusy, onDone }: WriteFlowProps) {
  const [replace, setReplace] = useState<string[]>([]);
  const run = async (label: string, action: () => Promise<Note>, failure: string) => {
    onClose();
    onBusy({ label });
    try {
      onDone(await action());
    } catch (e) {
      onDone(describeFailure(e, failure));
    } finally {
      onBusy(null);
    }
  };

  if (work.kind === "write") {
    const { plan, sheets } = work;
    const targets = writeTargets(plan);
    const errors = openErrors(targets, reports);
    const write = async (): Promise<Note> => {
      await writeWithNames(port, plan, replace, work.nameConflicts, {
        expected: expectedCells(plan, sheets),
        onProgress: (p) => onBusy({ label: p.label, fraction: p.fraction }),
      });
      const where = targets
        .map(
          (t) =>
            `«${t.sheet}» (${t.columns.length === 1 ? "columna" : "columnas"} ${t.columns.join(", ")})`
        )
        .join(", ");
      const formulas = formulaCount(targets);
      const summary = plan.sheets.some((s) => s.name === SUMMARY_SHEET);
      const parts = [
        formulas > 0
          ? `Se ${formulas === 1 ? "escribió" : "escribieron"} ${plural(formulas, "fórmula", "fórmulas")} con su semáforo en ${where}.`
          : "",
        formulas > 0 ? measuringSentence(plan) : "",
        summary ? `La hoja «${SUMMARY_SHEET}» está al día.` : "",
        plan.names.length > 0
          ? `Funciones del libro: ${plan.names.map((n) => n.name).join(", ")}.`
          : "",
        plan.conflicts.length > 0
          ? `${plan.conflicts.length === 1 ? "Se dejó intacta" : "Se dejaron intactas"} ${plural(plan.conflicts.length, "celda", "celdas")} con datos suyos.`
          : "",
      ];
      return { intent: "success", title: "Listo", text: parts.filter((p) => p).join(" ") };
    };
    const empty = formulaCount(targets) === 0 && !plan.sheets.some((s) => s.name === SUMMARY_SHEET);
    return (
      <ConfirmDialog
        title="Antes de escribir"
        confirmLabel="Escribir"
        confirmDisabled={empty}
        confirmNote={empty ? NOTHING_TO_CALCULATE : null}
        onCancel={onClose}
        onConfirm={() => void run("Escribiendo en el libro…", write, "No se pudo escribir")}
      >
        <WritePreview plan={plan} targets={targets} errors={errors} />
        <NameConflicts conflicts={work.nameConflicts} replace={replace} onChange={setReplace} />
      </ConfirmDialog>
    );
  }

  return (
    <RemovalDialog
      port={port}
      plan={work.plan}
      sheets={work.sheets}
      onCancel={onClose}
      onRun={(action) => void run("Quitando lo escrito por Semáforo…", action, "No se pudo quitar")}
    />
  );
}

const formulaCount = (targets: readonly { formulas: number }[]) =>
  targets.reduce((n, t) => n + t.formulas, 0);
