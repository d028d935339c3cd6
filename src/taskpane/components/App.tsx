import { useEffect, useRef } from "react";
import {
  Caption1,
  Button,
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
import type { WorkbookPort } from "../../core/port/workbookPort";
import { usePane } from "../hooks/usePane";
import { endStep } from "../model/timing";
import { ActionsPanel } from "./ActionsPanel";
import { ColumnMapDialog } from "./ColumnMapDialog";
import { CommandBar } from "./CommandBar";
import { CompareCutsPanel } from "./CompareCutsPanel";
import { FindingsPanel } from "./FindingsPanel";
import { MatrixList } from "./MatrixList";
import { ProgressBanner } from "./ProgressBanner";
import { ResultsSummary } from "./ResultsSummary";
import { UnrecognisedSheets } from "./UnrecognisedSheets";
import { WriteFlow } from "./WriteFlow";

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
  const pane = usePane(port, debounceMs);
  const { view, sheets, reports, busy, note, settings } = pane;
  const noteRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (view.sheets) endStep("pintar", true);
  }, [view]);

  useEffect(() => {
    // Shown and announced (a live region); the focus goes back to the button that was pressed.
    if (note) noteRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [note]);

  return (
    <main className={styles.root} aria-label="Semáforo POI/PEI" aria-busy={busy !== null}>
      <div className={styles.header}>
        <div aria-live="polite">{busy && <ProgressBanner busy={busy} />}</div>
        <Title3 as="h1">Semáforo POI/PEI</Title3>
        {port && (
          <CommandBar
            busy={busy !== null || view.entries.length === 0}
            calculateBlocked={pane.calculateBlocked}
            summaryBlocked={pane.summaryBlocked}
            canRemove={pane.canRemove}
            onValidate={pane.rescan}
            onCalculate={pane.calculate}
            onSummary={pane.summarise}
            onRemove={pane.remove}
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
                  <Button size="small" onClick={pane.usePortable}>
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
              checked={pane.live && port.canFollowEdits}
              disabled={!port.canFollowEdits}
              onChange={(_, d) => pane.setLive(d.checked)}
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
                onSelect={pane.select}
                busy={busy !== null}
                onObservations={pane.writeObservations}
              />
            )}
            <Divider />
            <ActionsPanel settings={settings} onChange={pane.changeSettings} />
            {sheets && sheets.length >= 2 && (
              <CompareCutsPanel sheets={sheets} scale={settings.scale} maps={view.maps} />
            )}
            {view.entries.length > 0 && (
              <MatrixList entries={view.entries} reports={view.reports} onDefine={pane.define} />
            )}
            {view.emptySheets.length > 0 && (
              <UnrecognisedSheets
                sheets={view.emptySheets}
                nearMisses={view.nearMisses}
                onDefine={(sheet) => pane.define(sheet)}
              />
            )}
            {pane.definingSheet && (
              <ColumnMapDialog
                sheet={pane.definingSheet}
                maps={view.maps}
                row={pane.defining?.row}
                busy={busy !== null}
                onSave={pane.saveMaps}
                onCancel={pane.cancelDefine}
              />
            )}
            {pane.pending && (
              <WriteFlow
                port={port}
                work={pane.pending}
                reports={reports}
                onClose={pane.closePending}
                onBusy={pane.setBusy}
                onDone={pane.finishWork}
              />
            )}
          </>
        )}
      </div>
    </main>
  );
}
