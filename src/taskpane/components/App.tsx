import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  checkMatrix,
  DEFAULT_CHECK_OPTIONS,
  type MatrixReport,
} from "../../core/check/checkSheets";
import { detectMatrices } from "../../core/detect/detectMatrices";
import { buildWritePlan } from "../../core/plan/buildPlan";
import { readSettings } from "../../core/plan/settings";
import { SETTINGS_SHEET, SUMMARY_SHEET, type WritePlan } from "../../core/plan/writePlan";
import { describeError, describePlan } from "./describe";
import type { WorkbookPort } from "../../core/port/workbookPort";
import { parseScaleChoice } from "../../core/scales/scaleChoice";
import { DEFAULT_SETTINGS, type Note } from "./appDefaults";
import type { SheetData } from "../../core/sheet/sheetData";
import { ActionsPanel, type ActionSettings } from "./ActionsPanel";
import { FindingsPanel } from "./FindingsPanel";
import { MatrixList, type MatrixEntry } from "./MatrixList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "300px",
    maxWidth: "520px",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export interface AppProps {
  /** null when the page is opened outside Excel. */
  port: WorkbookPort | null;
  /** Milliseconds to wait after an edit before re-validating. */
  debounceMs?: number;
}

export function App({ port, debounceMs = 500 }: AppProps) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [entries, setEntries] = useState<MatrixEntry[]>([]);
  const [emptySheets, setEmptySheets] = useState<string[]>([]);
  const [reports, setReports] = useState<Map<string, MatrixReport>>(new Map());
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [pending, setPending] = useState<{ plan: WritePlan; summary: boolean } | null>(null);
  const [settings, setSettings] = useState<ActionSettings>(DEFAULT_SETTINGS);
  const [live, setLive] = useState(true);
  const validated = useRef<Set<string>>(new Set());
  // The scan callback reads the latest choice without re-subscribing to workbook events.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const scan = useCallback(async () => {
    if (!port) return;
    setBusy("Leyendo el libro…");
    try {
      const read = await port.readSheets();
      const found: MatrixEntry[] = [];
      const empty: string[] = [];
      for (const sheet of read) {
        if (sheet.name === SETTINGS_SHEET || sheet.name === SUMMARY_SHEET) continue;
        const matrices = detectMatrices(sheet);
        if (matrices.length === 0) empty.push(sheet.name);
        matrices.forEach((matrix, i) =>
          found.push({ id: `${sheet.name}#${i}`, sheet: sheet.name, matrix })
        );
      }
      const stored = readSettings(read);
      const storedScale = stored ? parseScaleChoice(stored.escala) : null;
      let scale = settingsRef.current.scale;
      if (stored) {
        if (storedScale?.ok) scale = storedScale.choice;
        const chosen = scale;
        setSettings((s) => ({
          ...s,
          mode: stored.modo,
          tope: stored.tope,
          scale: chosen,
          custom: chosen.kind === "propia" ? chosen.spec : s.custom,
        }));
      }
      setSheets(read);
      setEntries(found);
      setEmptySheets(empty);
      // Re-validate what the planner had validated, on the fresh values.
      const next = new Map<string, MatrixReport>();
      for (const e of found) {
        if (!validated.current.has(e.id)) continue;
        const sheet = read.find((s) => s.name === e.sheet) as SheetData;
        next.set(e.id, checkMatrix(sheet, e.matrix, { ...DEFAULT_CHECK_OPTIONS, scale }));
      }
      setReports(next);
    } catch (e) {
      setNote({ intent: "error", title: "No se pudo leer el libro", text: describeError(e) });
    } finally {
      setBusy(null);
    }
  }, [port]);

  useEffect(() => {
    void scan();
  }, [scan]);

  useEffect(() => {
    if (!port || !live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    void port
      .onChange(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void scan(), debounceMs);
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
  }, [port, live, scan, debounceMs]);

  const validate = (ids: string[]) => {
    if (!sheets) return;
    const next = new Map(reports);
    for (const id of ids) {
      const e = entries.find((x) => x.id === id);
      const sheet = sheets.find((s) => s.name === e?.sheet);
      if (!e || !sheet) continue;
      next.set(
        id,
        checkMatrix(sheet, e.matrix, { ...DEFAULT_CHECK_OPTIONS, scale: settings.scale })
      );
      validated.current.add(id);
    }
    setReports(next);
  };

  const select = (sheet: string, cell: string) => {
    port?.selectCell(sheet, cell).catch((e: unknown) =>
      setNote({
        intent: "error",
        title: "No se pudo seleccionar la celda",
        text: describeError(e),
      })
    );
  };

  const prepare = (summary: boolean) => {
    if (!sheets) return;
    const plan = buildWritePlan(sheets, {
      mode: settings.mode,
      tope: settings.tope,
      scale: settings.scale,
      period: settings.period,
      summary,
      force: false,
    });
    setPending({ plan, summary });
    setNote(null);
  };

  const confirm = async () => {
    if (!port || !pending) return;
    const { plan } = pending;
    setPending(null);
    setBusy("Escribiendo en el libro…");
    try {
      await port.applyPlan(plan);
      setNote({
        intent: "success",
        title: "Listo",
        text: `${describePlan(plan)}.${plan.conflicts.length ? ` Se omitieron ${plan.conflicts.length} celdas con datos.` : ""}`,
      });
      await scan();
    } catch (e) {
      setNote({ intent: "error", title: "No se pudo escribir", text: describeError(e) });
    } finally {
      setBusy(null);
    }
  };

  const validatedReports = entries
    .filter((e) => reports.has(e.id))
    .map((e) => ({ sheet: e.sheet, report: reports.get(e.id) as MatrixReport }));

  return (
    <main className={styles.root} aria-label="Semáforo POI/PEI" aria-busy={busy !== null}>
      <Title3 as="h1">Semáforo POI/PEI</Title3>
      {!port && (
        <MessageBar intent="info">
          <MessageBarBody>
            Abra este panel desde Excel (Inicio › Semáforo) para trabajar con su libro.
          </MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            <MessageBarTitle>{note.title}</MessageBarTitle>
            {note.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="small" label={busy} />}
      {port && (
        <>
          <div className={styles.row}>
            <Button disabled={busy !== null} onClick={() => void scan()}>
              Volver a buscar matrices
            </Button>
            <Button
              appearance="primary"
              disabled={busy !== null || entries.length === 0}
              onClick={() => validate(entries.map((e) => e.id))}
            >
              Validar todo
            </Button>
            <Switch
              checked={live}
              onChange={(_, d) => setLive(d.checked)}
              label="Revalidar al editar"
            />
          </div>
          {sheets && entries.length === 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>No se encontraron matrices POI/PEI en este libro.</MessageBarBody>
            </MessageBar>
          )}
          <MatrixList
            entries={entries}
            emptySheets={emptySheets}
            reports={reports}
            busy={busy !== null}
            onValidate={(id) => validate([id])}
          />
          {validatedReports.length > 0 && (
            <FindingsPanel reports={validatedReports} onSelect={select} />
          )}
          <Divider />
          <ActionsPanel
            settings={settings}
            busy={busy !== null || entries.length === 0}
            onChange={setSettings}
            onCalculate={() => prepare(false)}
            onSummary={() => prepare(true)}
          />
          {pending && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Antes de escribir</MessageBarTitle>
                Se escribirán {describePlan(pending.plan)}
                {pending.summary ? " y la hoja «Resumen Semáforo»" : ""}.
                {pending.plan.conflicts.length > 0 &&
                  ` Se omitirán ${pending.plan.conflicts.length} celdas con datos: ${pending.plan.conflicts
                    .slice(0, 5)
                    .map((c) => `${c.sheet}!${c.cell}`)
                    .join(", ")}.`}
                {pending.plan.notes.map((n) => ` ${n}`)}
              </MessageBarBody>
              <MessageBarActions>
                <Button appearance="primary" onClick={() => void confirm()}>
                  Escribir
                </Button>
                <Button onClick={() => setPending(null)}>Cancelar</Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </>
      )}
    </main>
  );
}
