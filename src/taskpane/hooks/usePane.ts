import { useEffect, useMemo, useState } from "react";
import type { SavedMatrixMap } from "../../core/columnMap/savedMap";
import { readSettings } from "../../core/plan/settings";
import type { PlanSettings } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { validateCustomScale } from "../../core/scales/scaleChoice";
import type { ActionSettings } from "../components/ActionsPanel";
import {
  DEFAULT_SETTINGS,
  describeFailure,
  measuringChanged,
  withStoredSettings,
  type Note,
} from "../model/appState";
import { createObservationsSheet } from "../model/observationsSheet";
import type { PendingWork } from "../model/pendingWork";
import { prepareRemoval, prepareWrite } from "../model/prepareWrite";
import { writeAbility } from "../model/writeAbility";
import { useReturnFocus } from "./useReturnFocus";
import { useWorkbook } from "./useWorkbook";

const SCALE_BLOCKED = "Corrija la escala propia para poder escribir.";

/**
 * The pane's controller: the workbook view (read and validated through the port), the planner's
 * settings, the message at the top, and what each command does. The App only lays it out.
 */
export function usePane(port: WorkbookPort | null, debounceMs: number) {
  const [note, setNote] = useState<Note | null>(null);
  const [settings, setSettings] = useState<ActionSettings>(DEFAULT_SETTINGS);
  const [live, setLive] = useState(true);
  const [pending, setPending] = useState<PendingWork | null>(null);
  /** The sheet (and header row) «Definir columnas» is open on. */
  const [defining, setDefining] = useState<{ sheet: string; row?: number } | null>(null);
  const remember = useReturnFocus(pending !== null || defining !== null);
  const onError = (e: unknown) => setNote(describeFailure(e, "No se pudo leer el libro"));
  /** The settings a previous run stored in the workbook, loaded before the first count. */
  const onStored = (stored: PlanSettings) => setSettings((s) => withStoredSettings(s, stored));
  const { view, busy, setBusy, scan, revalidate } = useWorkbook(port, {
    measuring: settings,
    live,
    debounceMs,
    onError,
    onStored,
  });
  const sheets = view.sheets;

  /** Full read; the settings a previous run stored in the workbook are loaded again. */
  const rescan = async () => {
    await scan(undefined, true);
  };
  useEffect(() => {
    void rescan();
    // Only on mount / a new port: later reads are the planner's (or an edit's).
  }, [port]);

  const scaleErrors =
    settings.scale.kind === "propia" ? validateCustomScale(settings.scale.spec) : [];
  const changeSettings = (next: ActionSettings) => {
    setSettings(next);
    const valid = next.scale.kind !== "propia" || validateCustomScale(next.scale.spec).length === 0;
    if (valid && measuringChanged(next, settings)) revalidate(next);
  };

  const reports = useMemo(
    () =>
      view.entries
        .filter((e) => view.reports.has(e.id))
        .map((e) => ({ id: e.id, sheet: e.sheet, report: view.reports.get(e.id)! })),
    [view]
  );
  const ability = writeAbility(sheets, view.writable);
  const canRemove = useMemo(() => !!sheets && readSettings(sheets) !== null, [sheets]);

  const prepare = async (summary: boolean) => {
    if (!sheets || !port) return;
    const ready = await prepareWrite(port, sheets, settings, summary);
    if ("note" in ready) {
      setNote(ready.note);
      return;
    }
    remember();
    setPending(ready.work);
    setNote(null);
  };
  const remove = () => {
    if (!sheets) return;
    remember();
    setPending(prepareRemoval(sheets));
    setNote(null);
  };
  /** Stores the column maps in the workbook, then reads it again so detection uses them. */
  const saveMaps = async (maps: SavedMatrixMap[], title: string, text: string) => {
    if (!port) return;
    setDefining(null);
    setBusy({ label: "Guardando las columnas…" });
    try {
      await port.saveColumnMaps(maps);
    } catch (e) {
      setBusy(null);
      setNote(describeFailure(e, "No se pudieron guardar las columnas"));
      return;
    }
    setNote({ intent: "success", title, text });
    await scan();
  };
  const define = (sheet: string, row?: number) => {
    remember();
    setDefining({ sheet, row });
  };
  /** «Crear hoja de observaciones»: the check's report, as rows, in a new sheet. */
  const writeObservations = async () => {
    if (!port || !sheets) return;
    setBusy({ label: "Creando la hoja de observaciones…" });
    setNote(await createObservationsSheet(port, sheets, reports));
    setBusy(null);
  };
  const usePortable = () => {
    changeSettings({ ...settings, mode: "nativas" });
    setNote(null);
  };
  const select = (sheet: string, cell: string) => {
    port
      ?.selectCell(sheet, cell)
      .catch((e: unknown) => setNote(describeFailure(e, "No se pudo seleccionar la celda")));
  };
  const blocked = scaleErrors.length > 0 ? SCALE_BLOCKED : null;

  return {
    view,
    sheets,
    reports,
    busy,
    setBusy,
    note,
    settings,
    changeSettings,
    live,
    setLive,
    pending,
    closePending: () => setPending(null),
    /** After a write or a removal: its note, and the workbook read again. */
    finishWork: (n: Note) => {
      setNote(n);
      void scan();
    },
    defining: defining && sheets?.find((s) => s.name === defining.sheet) ? defining : null,
    definingSheet: (defining && sheets?.find((s) => s.name === defining.sheet)) ?? null,
    cancelDefine: () => setDefining(null),
    calculateBlocked: blocked ?? ability.calculate,
    summaryBlocked: blocked ?? ability.summary,
    canRemove,
    rescan: () => void rescan(),
    calculate: () => void prepare(false),
    summarise: () => void prepare(true),
    remove,
    define,
    saveMaps: (maps: SavedMatrixMap[], title: string, text: string) =>
      void saveMaps(maps, title, text),
    writeObservations: () => void writeObservations(),
    usePortable,
    select,
  };
}
