import { useCallback, useEffect, useRef, useState } from "react";
import {
  checkMatrix,
  DEFAULT_CHECK_OPTIONS,
  type MatrixReport,
} from "../../core/check/checkSheets";
import type { SavedMatrixMap } from "../../core/columnMap/savedMap";
import { detectMatrices } from "../../core/pipeline/detectMatrices";
import { isArticulated, workbookArticulation } from "../model/articulation";
import { describeNearMiss, findNearMiss } from "../../core/pipeline/nearMiss";
import { measuringOfSettings, readSettings } from "../../core/plan/settings";
import type { PlanSettings } from "../../core/plan/writePlan";
import { SETTINGS_SHEET, SUMMARY_SHEET } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import type { Measuring } from "../../core/scales/measuring";
import type { SheetData } from "../../core/sheet/sheetData";
import type { MatrixEntry } from "../components/MatrixList";
import type { Busy } from "../components/ProgressBanner";

export interface WorkbookView {
  sheets: SheetData[] | null;
  entries: MatrixEntry[];
  emptySheets: string[];
  /** Sheets without a matrix whose row looks like a header: the Spanish near-miss message. */
  nearMisses: Map<string, string>;
  reports: Map<string, MatrixReport>;
  /** The planner's column maps stored in the workbook's settings, used by detection. */
  maps: SavedMatrixMap[];
}

const EMPTY: WorkbookView = {
  sheets: null,
  entries: [],
  emptySheets: [],
  nearMisses: new Map(),
  reports: new Map(),
  maps: [],
};

/** Detects and validates the matrices of the given sheets (the rest of the view is kept). */
function analyse(view: WorkbookView, read: SheetData[], measuring: Measuring): WorkbookView {
  const names = new Set(read.map((s) => s.name));
  const sheets = [...(view.sheets ?? []).filter((s) => !names.has(s.name)), ...read];
  const order = (view.sheets ?? read).map((s) => s.name);
  sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const entries = view.entries.filter((e) => !names.has(e.sheet));
  const emptySheets = view.emptySheets.filter((s) => !names.has(s));
  const nearMisses = new Map([...view.nearMisses].filter(([s]) => !names.has(s)));
  const maps = readSettings(sheets)?.columnas ?? [];
  const reports = new Map([...view.reports].filter(([id]) => !names.has(id.split("#")[0] ?? "")));
  const fresh: MatrixEntry[] = [];
  for (const sheet of read) {
    if (sheet.name === SETTINGS_SHEET || sheet.name === SUMMARY_SHEET) continue;
    const matrices = detectMatrices(sheet, maps);
    const near = matrices.length === 0 ? findNearMiss(sheet) : null;
    if (matrices.length === 0) emptySheets.push(sheet.name);
    if (near) nearMisses.set(sheet.name, describeNearMiss(near));
    matrices.forEach((matrix, i) =>
      fresh.push({ id: `${sheet.name}#${i}`, sheet: sheet.name, matrix })
    );
  }
  entries.push(...fresh);
  // The articulation (V15) reads the PEI and the POI of the whole workbook: an edit of one
  // re-validates the other's matrices too.
  const articulation = workbookArticulation(sheets, entries);
  const options = { ...DEFAULT_CHECK_OPTIONS, ...measuring, articulation };
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const e of entries) {
    if (!fresh.includes(e) && !(articulation.pei && articulation.poiCodes && isArticulated(e)))
      continue;
    reports.set(e.id, checkMatrix(byName.get(e.sheet)!, e.matrix, options));
  }
  const position = (e: MatrixEntry) => order.indexOf(e.sheet);
  entries.sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
  return { sheets, entries, emptySheets, nearMisses, reports, maps };
}

/**
 * The workbook as the pane shows it: read in blocks with progress and Cancelar, every matrix
 * detected and validated, and — while `live` — only the edited sheet re-read after an edit.
 */
export function useWorkbook(
  port: WorkbookPort | null,
  options: {
    measuring: Measuring;
    live: boolean;
    debounceMs: number;
    onError: (e: unknown) => void;
    /** Called by a scan asked to use the workbook's saved settings, before the view shows. */
    onStored?: (stored: PlanSettings) => void;
  }
) {
  const [view, setView] = useState<WorkbookView>(EMPTY);
  const [busy, setBusy] = useState<Busy | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const viewRef = useRef(view);
  viewRef.current = view;

  /**
   * Reads (all sheets, or only `only`) and re-validates them; resolves to the sheets read. With
   * `stored`, the measuring choice saved in the workbook (if any) is used from the first paint.
   */
  const scan = useCallback(
    async (only?: string[], stored = false): Promise<SheetData[] | null> => {
      if (!port) return null;
      const controller = new AbortController();
      const cancel = () => controller.abort();
      setBusy({ label: "Leyendo el libro…", onCancel: cancel });
      try {
        const read = await port.readSheets({
          only,
          signal: controller.signal,
          onProgress: (p) => setBusy({ label: p.label, fraction: p.fraction, onCancel: cancel }),
        });
        setBusy({ label: "Validando las matrices…" });
        // Let the progress paint before the (synchronous) validation runs.
        await new Promise((r) => setTimeout(r, 0));
        const base = only ? viewRef.current : EMPTY;
        const saved = stored ? readSettings(read) : null;
        const measuring = saved
          ? measuringOfSettings(saved, latest.current.measuring)
          : latest.current.measuring;
        if (saved) latest.current.onStored?.(saved);
        const next = analyse(base, read, measuring);
        setView(next);
        return next.sheets;
      } catch (e) {
        latest.current.onError(e);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [port]
  );

  /** Re-validates every matrix with another measuring choice, without reading again. */
  const revalidate = useCallback((measuring: Measuring) => {
    const v = viewRef.current;
    if (!v.sheets) return;
    setView(analyse({ ...EMPTY, sheets: v.sheets }, v.sheets, measuring));
  }, []);

  useEffect(() => {
    if (!port || !options.live || !port.canFollowEdits) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    const edited = new Set<string>();
    void port
      .onChange((change) => {
        edited.add(change.sheet);
        clearTimeout(timer);
        timer = setTimeout(() => {
          const only = [...edited];
          edited.clear();
          void scan(only);
        }, latest.current.debounceMs);
      })
      .then((s) => {
        if (cancelled) void s();
        else stop = s;
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (stop) void stop();
    };
  }, [port, options.live, scan]);

  return { view, busy, setBusy, scan, revalidate };
}
