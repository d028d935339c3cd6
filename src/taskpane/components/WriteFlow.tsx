import type { MatrixReport } from "../../core/check/checkSheets";
import { measuringSentence } from "../../core/plan/measuringText";
import type { RemovalPlan } from "../../core/plan/removalPlan";
import { SUMMARY_SHEET, type WritePlan } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import type { SheetData } from "../../core/sheet/sheetData";
import { describeFailure, type Note } from "../model/appState";
import { plural } from "../../core/text/plural";
import { expectedCells, openErrors, writeTargets } from "../model/writeTargets";
import { writeWithNames } from "../model/writeWithNames";
import { useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog";
import { NameConflicts } from "./NameConflicts";
import type { Busy } from "./ProgressBanner";
import { WritePreview } from "./WritePreview";

/** «A», «A» y «B», «A», «B» y «C». */
const listOf = (names: readonly string[]) => {
  const q = names.map((n) => `«${n}»`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} y ${q[q.length - 1]}`;
};

/** A write or a removal waiting for the planner's confirmation, with the sheets it was made from. */
export type PendingWork =
  | {
      kind: "write";
      plan: WritePlan;
      sheets: SheetData[];
      /** «libro» mode: names the workbook already defines otherwise. */
      nameConflicts: { name: string; existing: string }[];
    }
  | { kind: "remove"; plan: RemovalPlan; sheets: SheetData[] };

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
      const formulas = targets.reduce((n, t) => n + t.formulas, 0);
      const summary = plan.sheets.some((s) => s.name === SUMMARY_SHEET);
      return {
        intent: "success",
        title: "Listo",
        text:
          (formulas > 0
            ? `Se ${formulas === 1 ? "escribió" : "escribieron"} ${plural(formulas, "fórmula", "fórmulas")} con su semáforo en ${where}.`
            : "") +
          (formulas > 0 ? ` ${measuringSentence(plan)}` : "") +
          (summary ? ` La hoja «${SUMMARY_SHEET}» está al día.` : "") +
          (plan.names.length > 0
            ? ` Funciones del libro: ${plan.names.map((n) => n.name).join(", ")}.`
            : "") +
          (plan.conflicts.length > 0
            ? ` Se dejaron intactas ${plural(plan.conflicts.length, "celda", "celdas")} con datos suyos.`
            : ""),
      };
    };
    return (
      <ConfirmDialog
        title="Antes de escribir"
        confirmLabel="Escribir"
        onCancel={onClose}
        onConfirm={() => void run("Escribiendo en el libro…", write, "No se pudo escribir")}
      >
        <WritePreview plan={plan} targets={targets} errors={errors} />
        <NameConflicts conflicts={work.nameConflicts} replace={replace} onChange={setReplace} />
      </ConfirmDialog>
    );
  }

  const plan = work.plan;
  const kept = plan.spared.map((c) => `${c.sheet}!${c.address}`);
  const sheetsTouched = [...new Set(plan.cells.map((c) => c.sheet))];
  const remove = async (): Promise<Note> => {
    await port.applyRemoval(plan);
    return {
      intent: "success",
      title: "Se quitó lo escrito por Semáforo",
      text:
        `Se borraron ${plural(plan.cells.length, "celda", "celdas")} y sus semáforos` +
        (plan.sheets.length
          ? ` y las hojas ${plan.sheets.map((s) => `«${s}»`).join(", ")}.`
          : ".") +
        (kept.length
          ? ` Se dejaron ${plural(kept.length, "celda", "celdas")} que usted había escrito.`
          : ""),
    };
  };
  return (
    <ConfirmDialog
      title="Quitar lo escrito por Semáforo"
      confirmLabel="Quitar"
      onCancel={onClose}
      onConfirm={() => void run("Quitando lo escrito por Semáforo…", remove, "No se pudo quitar")}
    >
      <p>
        Se borrarán {plural(plan.cells.length, "celda", "celdas")} que Semáforo escribió
        {sheetsTouched.length ? ` en ${listOf(sheetsTouched)}` : ""}, sus semáforos
        {plan.sheets.length
          ? ` y ${plan.sheets.length === 1 ? "la hoja" : "las hojas"} ${listOf(plan.sheets)}`
          : ""}
        .
      </p>
      {kept.length > 0 && (
        <p>
          Se dejarán {plural(kept.length, "celda", "celdas")} donde usted escribió después:{" "}
          {kept.slice(0, 5).join(", ")}
          {kept.length > 5 ? "…" : ""}.
        </p>
      )}
      <p>Sus datos no se tocan.</p>
    </ConfirmDialog>
  );
}
