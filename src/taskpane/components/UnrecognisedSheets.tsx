import { useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useFormStyles } from "./formStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  message: { overflowWrap: "anywhere" },
  field: { flexGrow: 1, minWidth: 0 },
  pick: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

export interface UnrecognisedSheetsProps {
  sheets: string[];
  /** Sheet → the near-miss message (which row looks like the header, what it lacks). */
  nearMisses: ReadonlyMap<string, string>;
  onDefine: (sheet: string) => void;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Sheets where no matrix was found: those that almost are one say why (the near-miss), each
 * with «Definir columnas»; the others can be mapped by hand too, one chosen from a list.
 */
export function UnrecognisedSheets({ sheets, nearMisses, onDefine }: UnrecognisedSheetsProps) {
  const styles = useStyles();
  const fit = useFormStyles();
  const others = sheets.filter((s) => !nearMisses.has(s));
  const [chosen, setChosen] = useState("");
  const pick = others.includes(chosen) ? chosen : (others[0] ?? "");
  return (
    <section aria-labelledby="sin-matriz-titulo" className={styles.root}>
      <h2 id="sin-matriz-titulo" style={{ fontSize: tokens.fontSizeBase300, margin: 0 }}>
        Hojas sin matriz reconocida
      </h2>
      {sheets
        .filter((s) => nearMisses.has(s))
        .map((s) => (
          <MessageBar key={s} intent="warning" layout="multiline">
            <MessageBarBody className={styles.message}>
              <MessageBarTitle>«{s}» casi es una matriz</MessageBarTitle>
              {sentence(nearMisses.get(s) as string)}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                aria-label={`Definir columnas de «${s}»`}
                onClick={() => onDefine(s)}
              >
                Definir columnas
              </Button>
            </MessageBarActions>
          </MessageBar>
        ))}
      {others.length > 0 && (
        <>
          <Caption1>
            Sin matrices de planeamiento: {others.map((s) => `«${s}»`).join(", ")}. Si una sí tiene
            una matriz, defina sus columnas a mano.
          </Caption1>
          <div className={styles.pick}>
            <Field label="Hoja" className={styles.field}>
              <Select
                className={fit.selectRoot}
                select={{ className: fit.select }}
                value={pick}
                onChange={(_, d) => setChosen(d.value)}
              >
                {others.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
            <Button onClick={() => onDefine(pick)}>Definir columnas</Button>
          </div>
        </>
      )}
    </section>
  );
}
