import { useEffect, useState } from "react";
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SheetInfo, WorkbookPort } from "../../core/port/workbookPort";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: "280px",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface AppProps {
  /** null when the page is opened outside Excel. */
  port: WorkbookPort | null;
}

export function App({ port }: AppProps) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!port) return;
    port
      .listSheets()
      .then(setSheets, (e: unknown) =>
        setError(`Excel no pudo leer el libro: ${e instanceof Error ? e.message : String(e)}`)
      );
  }, [port]);

  return (
    <main className={styles.root} aria-label="Semáforo POI/PEI">
      <Title3 as="h1">Semáforo POI/PEI</Title3>
      {!port && (
        <MessageBar intent="info">
          <MessageBarBody>
            Abra este panel desde Excel (Inicio › Semáforo) para trabajar con su libro.
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {port && !sheets && !error && <Spinner label="Leyendo el libro…" />}
      {sheets && (
        <section aria-label="Hojas del libro">
          <Body1>Hojas del libro ({sheets.length}):</Body1>
          <ul className={styles.list}>
            {sheets.map((s) => (
              <li key={s.name}>
                {s.name} <Caption1>{s.usedRange ? `(${s.usedRange})` : "(vacía)"}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
