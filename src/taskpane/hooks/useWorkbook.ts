import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { measuringOfSettings, readSettings } from "../../core/plan/settings";
import type { PlanSettings } from "../../core/plan/writePlan";
import type { WorkbookPort } from "../../core/port/workbookPort";
import type { Measuring } from "../../core/scales/measuring";
import type { SheetData } from "../../core/sheet/sheetData";
import { plural } from "../../core/text/plural";
import type { Busy } from "../components/ProgressBanner";
import { EMPTY_VIEW, type WorkbookView } from "../model/analyse";
import { createAnalyser } from "../model/analyser";
import { endStep, startStep } from "../model/timing";
import { startAnalyseWorker, whenIdle } from "../worker/startWorker";

export type { WorkbookView };

/** «Validando 1,701 filas de «POI 2026»…»: what the analysis is doing, in the planner's words. */
export function validatingLabel(read: readonly SheetData[]): string {
  const rows = read.reduce((n, s) => n + s.rows.length, 0);
  const where =
    read.length === 1 ? `de «${read[0]!.name}»` : `en ${plural(read.length, "hoja", "hojas")}`;
  return `Validando ${plural(rows, "fila", "filas")} ${where}…`;
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
  const [view, setView] = useState<WorkbookView>(EMPTY_VIEW);
  const [busy, setBusy] = useState<Busy | null>(null);
  const latest = useRef(options);
  latest.current = options;
  // The first count is done in the page; the worker is started once it is painted (see
  // startAnalyseWorker), for the edits and re-validations that follow.
  const analyser = useMemo(() => (port ? createAnalyser(null) : null), [port]);
  useEffect(() => () => analyser?.dispose(), [analyser]);
  const painted = view.sheets !== null;
  useEffect(() => {
    if (!analyser || !painted) return;
    return whenIdle(() => analyser.attach(startAnalyseWorker()));
  }, [analyser, painted]);

  /**
   * Reads (all sheets, or only `only`) and re-validates them; resolves to the sheets read. With
   * `stored`, the measuring choice saved in the workbook (if any) is used from the first paint.
   */
  const scan = useCallback(
    async (only?: string[], stored = false): Promise<SheetData[] | null> => {
      if (!port || !analyser) return null;
      const controller = new AbortController();
      const cancel = () => controller.abort();
      setBusy({ label: "Leyendo el libro…", onCancel: cancel });
      try {
        startStep("leer");
        const read = await port.readSheets({
          only,
          signal: controller.signal,
          onProgress: (p) => setBusy({ label: p.label, fraction: p.fraction, onCancel: cancel }),
        });
        endStep("leer");
        setBusy({ label: validatingLabel(read) });
        const saved = stored ? readSettings(read) : null;
        const measuring = saved
          ? measuringOfSettings(saved, latest.current.measuring)
          : latest.current.measuring;
        if (saved) latest.current.onStored?.(saved);
        startStep("validar");
        const next = await analyser.run(read, only !== undefined, measuring);
        endStep("validar");
        startStep("pintar");
        setView(next);
        return next.sheets;
      } catch (e) {
        latest.current.onError(e);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [port, analyser]
  );

  /** Re-validates every matrix with another measuring choice, without reading again. */
  const revalidate = useCallback(
    (measuring: Measuring) => {
      if (!analyser) return;
      analyser
        .run(null, false, measuring)
        .then((next) => next.sheets && setView(next))
        .catch((e: unknown) => latest.current.onError(e));
    },
    [analyser]
  );

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
