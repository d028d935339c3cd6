import { useEffect, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { buildWritePlan } from "../../core/plan/buildPlan";
import { buildRemovalPlan } from "../../core/plan/removalPlan";
import { readSettings } from "../../core/plan/settings";
import { parseScaleChoice, validateCustomScale } from "../../core/scales/scaleChoice";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { useWorkbook } from "../hooks/useWorkbook";
import { DEFAULT_SETTINGS, describeFailure, type Note } from "../model/appState";
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
import { CompareCutsPanel } from "./CompareCutsPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "520px",
    boxSizing: "border-box",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
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
  const onError = (e: unknown) => setNote(describeFailure(e, "No se pudo leer el libro"));
  const { view, busy, setBusy, scan, revalidate } = useWorkbook(port, {
    scale: settings.scale,
    live,
    debounceMs,
    onError,
  });

  /** Full read; the settings a previous run stored in the workbook are loaded again. */
  const rescan = async () => {
    const read = await scan();
    const stored = read && readSettings(read);
    if (!stored) return;
    const parsed = parseScaleChoice(stored.escala);
    const scale = parsed.ok ? parsed.choice : settings.scale;
    setSettings((s) => ({
      ...s,
      mode: stored.modo,
      tope: stored.tope,
      scale,
      custom: scale.kind === "propia" ? scale.spec : s.custom,
    }));
    if (parsed.ok) revalidate(scale);
  };

  useEffect(() => {
    void rescan();
    // Only on mount / a new port: later reads are the planner's (or an edit's).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  useEffect(() => {
    if (note) noteRef.current?.scrollIntoView?.({ block: "nearest" });
    if (note) noteRef.current?.focus();
  }, [note]);

  const scaleErrors =
    settings.scale.kind === "propia" ? validateCustomScale(settings.scale.spec) : [];
  const changeSettings = (next: ActionSettings) => {
    setSettings(next);
    const valid = next.scale.kind !== "propia" || validateCustomScale(next.scale.spec).length === 0;
    if (valid && JSON.stringify(next.scale) !== JSON.stringify(settings.scale))
      revalidate(next.scale);
  };

  const reports = view.entries
    .filter((e) => view.reports.has(e.id))
    .map((e) => ({ id: e.id, sheet: e.sheet, report: view.reports.get(e.id)! }));
  const sheets = view.sheets;

  const prepare = async (summary: boolean) => {
    if (!sheets || !port) return;
    const plan = buildWritePlan(sheets, { ...settings, summary, force: false });
    const names = await checkWorkbookFunctions(port, plan);
    if ("note" in names) {
      setNote(names.note);
      return;
    }
    setPending({ kind: "write", plan, sheets, nameConflicts: names.conflicts });
    setNote(null);
  };
  const prepareRemoval = () => {
    if (!sheets) return;
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
  const definingSheet = defining && sheets?.find((s) => s.name === defining.sheet);
  const select = (sheet: string, cell: string) => {
    port
      ?.selectCell(sheet, cell)
      .catch((e: unknown) => setNote(describeFailure(e, "No se pudo seleccionar la celda")));
  };

  return (
    <main className={styles.root} aria-label="Semáforo POI/PEI" aria-busy={busy !== null}>
      {busy && <ProgressBanner busy={busy} />}
      <Title3 as="h1">Semáforo POI/PEI</Title3>
      {!port && (
        <MessageBar intent={problem ? "error" : "info"} role={problem ? "alert" : undefined}>
          <MessageBarBody>
            {problem ??
              "Abra este panel desde Excel (Inicio › Semáforo) para trabajar con su libro."}
          </MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <div ref={noteRef} tabIndex={-1}>
          <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>
              <MessageBarTitle>{note.title}</MessageBarTitle>
              {note.text}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {port && (
        <>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy !== null} onClick={() => void rescan()}>
              Validar todo
            </Button>
            <Switch
              checked={live && port.canFollowEdits}
              disabled={!port.canFollowEdits}
              onChange={(_, d) => setLive(d.checked)}
              label="Revalidar al editar"
            />
          </div>
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
          {reports.length > 0 && <ResultsSummary reports={reports} scale={settings.scale} />}
          {reports.length > 0 && <FindingsPanel reports={reports} onSelect={select} />}
          {view.entries.length > 0 && (
            <MatrixList
              entries={view.entries}
              reports={view.reports}
              onDefine={(sheet, row) => setDefining({ sheet, row })}
            />
          )}
          {view.emptySheets.length > 0 && (
            <UnrecognisedSheets
              sheets={view.emptySheets}
              nearMisses={view.nearMisses}
              onDefine={(sheet) => setDefining({ sheet })}
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
          {sheets && sheets.length >= 2 && (
            <CompareCutsPanel sheets={sheets} scale={settings.scale} maps={view.maps} />
          )}
          <Divider />
          <ActionsPanel
            settings={settings}
            busy={busy !== null || view.entries.length === 0}
            blocked={
              scaleErrors.length > 0 ? "Corrija la escala propia para poder escribir." : null
            }
            canRemove={!!sheets && readSettings(sheets) !== null}
            onChange={changeSettings}
            onCalculate={() => void prepare(false)}
            onSummary={() => void prepare(true)}
            onRemove={prepareRemoval}
          />
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
    </main>
  );
}
