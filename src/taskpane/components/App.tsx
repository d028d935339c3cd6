import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { planToWrite } from "../../core/plan/keepSummary";
import { buildRemovalPlan } from "../../core/plan/removalPlan";
import { readSettings } from "../../core/plan/settings";
import type { PlanSettings } from "../../core/plan/writePlan";
import { validateCustomScale } from "../../core/scales/scaleChoice";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { useWorkbook } from "../hooks/useWorkbook";
import {
  DEFAULT_SETTINGS,
  describeFailure,
  measuringChanged,
  withStoredSettings,
  type Note,
} from "../model/appState";
import { ActionsPanel, type ActionSettings } from "./ActionsPanel";
import { FindingsPanel } from "./FindingsPanel";
import { MatrixList } from "./MatrixList";
import { ProgressBanner } from "./ProgressBanner";
import { ResultsSummary } from "./ResultsSummary";
import { WriteFlow, type PendingWork } from "./WriteFlow";
import { checkWorkbookFunctions } from "../model/workbookFunctions";
import type { SavedMatrixMap } from "../../core/columnMap/savedMap";
import { ColumnMapDialog } from "./ColumnMapDialog";
import { UnrecognisedSheets } from "./UnrecognisedSheets";
import { CommandBar } from "./CommandBar";
import { useReturnFocus } from "../hooks/useReturnFocus";
import { writeAbility } from "../model/writeAbility";
import { createObservationsSheet } from "../model/observationsSheet";
import { CompareCutsPanel } from "./CompareCutsPanel";

const useStyles = makeStyles({
  // The commands stay at the top and only the content below them scrolls: nothing is ever
  // hidden behind the command bar (a sticky bar would cover what scrolls under it).
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minWidth: 0,
    maxWidth: "520px",
    boxSizing: "border-box",
  },
  header: { paddingInline: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
  content: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  /** null when the page is opened outside Excel or the host is too old. */
  port: WorkbookPort | null;
  /** Why there is no port on a real Excel host (too old), in Spanish. */
  problem?: string | null;
  /** Milliseconds to wait after an edit before re-validating. */
  debounceMs?: number;
}

export function App({ port, problem = null, debounceMs = 500 }: AppProps) {
  const styles = useStyles();
  const [note, setNote] = useState<Note | null>(null);
  const [settings, setSettings] = useState<ActionSettings>(DEFAULT_SETTINGS);
  const [live, setLive] = useState(true);
  const [pending, setPending] = useState<PendingWork | null>(null);
  /** The sheet (and header row) «Definir columnas» is open on. */
  const [defining, setDefining] = useState<{ sheet: string; row?: number } | null>(null);
  const noteRef = useRef<HTMLDivElement>(null);
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

  /** Full read; the settings a previous run stored in the workbook are loaded again. */
  const rescan = async () => {
    await scan(undefined, true);
  };

  useEffect(() => {
    void rescan();
    // Only on mount / a new port: later reads are the planner's (or an edit's).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  useEffect(() => {
    // Shown and announced (a live region); the focus goes back to the button that was pressed.
    if (note) noteRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [note]);

  const scaleErrors =
    settings.scale.kind === "propia" ? validateCustomScale(settings.scale.spec) : [];
  const changeSettings = (next: ActionSettings) => {
    setSettings(next);
    const valid = next.scale.kind !== "propia" || validateCustomScale(next.scale.spec).length === 0;
    if (valid && measuringChanged(next, settings)) revalidate(next);
  };

  const reports = view.entries
    .filter((e) => view.reports.has(e.id))
    .map((e) => ({ id: e.id, sheet: e.sheet, report: view.reports.get(e.id)! }));
  const sheets = view.sheets;

  const prepare = async (summary: boolean) => {
    if (!sheets || !port) return;
    const plan = planToWrite(sheets, { ...settings, summary, force: false });
    const names = await checkWorkbookFunctions(port, plan);
    if ("note" in names) {
      setNote(names.note);
      return;
    }
    remember();
    setPending({ kind: "write", plan, sheets, nameConflicts: names.conflicts });
    setNote(null);
  };
  const prepareRemoval = () => {
    if (!sheets) return;
    remember();
    setPending({ kind: "remove", plan: buildRemovalPlan(sheets), sheets });
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
  const ability = useMemo(() => writeAbility(sheets, settings), [sheets, settings]);
  const scaleBlocked =
    scaleErrors.length > 0 ? "Corrija la escala propia para poder escribir." : null;
  const definingSheet = defining && sheets?.find((s) => s.name === defining.sheet);
  const select = (sheet: string, cell: string) => {
    port
      ?.selectCell(sheet, cell)
      .catch((e: unknown) => setNote(describeFailure(e, "No se pudo seleccionar la celda")));
  };

  return (
    <main className={styles.root} aria-label="Semáforo POI/PEI" aria-busy={busy !== null}>
      <div className={styles.header}>
        <div aria-live="polite">{busy && <ProgressBanner busy={busy} />}</div>
        <Title3 as="h1">Semáforo POI/PEI</Title3>
        {port && (
          <CommandBar
            busy={busy !== null || view.entries.length === 0}
            calculateBlocked={scaleBlocked ?? ability.calculate}
            summaryBlocked={scaleBlocked ?? ability.summary}
            canRemove={!!sheets && readSettings(sheets) !== null}
            onValidate={() => void rescan()}
            onCalculate={() => void prepare(false)}
            onSummary={() => void prepare(true)}
            onRemove={prepareRemoval}
          />
        )}
      </div>
      <div className={styles.content} id="contenido">
        {!port && (
          <MessageBar intent={problem ? "error" : "info"} role={problem ? "alert" : undefined}>
            <MessageBarBody>
              {problem ??
                "Abra este panel desde Excel (Inicio › Semáforo) para trabajar con su libro."}
            </MessageBarBody>
          </MessageBar>
        )}
        <div ref={noteRef} aria-live="polite">
          {note && (
            <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : undefined}>
              <MessageBarBody>
                <MessageBarTitle>{note.title}</MessageBarTitle>
                {note.text}
              </MessageBarBody>
              {note.action === "portatiles" && (
                <MessageBarActions>
                  <Button size="small" onClick={usePortable}>
                    Usar portátiles
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
        </div>
        {port && (
          <>
            <Switch
              checked={live && port.canFollowEdits}
              disabled={!port.canFollowEdits}
              onChange={(_, d) => setLive(d.checked)}
              label="Revalidar al editar"
            />
            {!port.canFollowEdits && (
              <Caption1>
                Esta versión de Excel no avisa de las ediciones: pulse «Validar todo» después de
                corregir.
              </Caption1>
            )}
            {sheets && view.entries.length === 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>No se encontraron matrices POI/PEI en este libro.</MessageBarBody>
              </MessageBar>
            )}
            {reports.length > 0 && <ResultsSummary reports={reports} scale={settings} />}
            {reports.length > 0 && (
              <FindingsPanel
                reports={reports}
                onSelect={select}
                busy={busy !== null}
                onObservations={() => void writeObservations()}
              />
            )}
            <Divider />
            <ActionsPanel settings={settings} onChange={changeSettings} />
            {sheets && sheets.length >= 2 && (
              <CompareCutsPanel sheets={sheets} scale={settings.scale} maps={view.maps} />
            )}
            {view.entries.length > 0 && (
              <MatrixList entries={view.entries} reports={view.reports} onDefine={define} />
            )}
            {view.emptySheets.length > 0 && (
              <UnrecognisedSheets
                sheets={view.emptySheets}
                nearMisses={view.nearMisses}
                onDefine={(sheet) => define(sheet)}
              />
            )}
            {definingSheet && (
              <ColumnMapDialog
                sheet={definingSheet}
                maps={view.maps}
                row={defining?.row}
                busy={busy !== null}
                onSave={(maps, title, text) => void saveMaps(maps, title, text)}
                onCancel={() => setDefining(null)}
              />
            )}
            {pending && (
              <WriteFlow
                port={port}
                work={pending}
                reports={reports}
                onClose={() => setPending(null)}
                onBusy={setBusy}
                onDone={(n) => {
                  setNote(n);
                  void scan();
                }}
              />
            )}
          </>
        )}
      </div>
    </main>
  );
}
