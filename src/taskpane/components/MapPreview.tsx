import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewRow } from "../../core/mapEditor/mapPreview";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  line: { display: "block" },
});

/** The first body rows as Semáforo reads them with the map being defined. */
export function MapPreview({ rows }: { rows: PreviewRow[] | null }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="vista-previa-titulo">
      <h3 id="vista-previa-titulo" style={{ fontSize: tokens.fontSizeBase300, margin: 0 }}>
        Vista previa: las primeras filas como las leerá Semáforo
      </h3>
      {rows === null && <Caption1>Corrija lo señalado para ver la vista previa.</Caption1>}
      {rows?.length === 0 && (
        <Caption1>Debajo de los títulos no hay filas con datos que Semáforo pueda leer.</Caption1>
      )}
      {rows && rows.length > 0 && (
        <ul className={styles.list}>
          {rows.map((r) => (
            <li key={r.row} className={styles.item}>
              <strong className={styles.line}>
                Fila {r.row} · {r.role}
              </strong>
              {r.fields.map((f) => (
                <Caption1 key={f.label} className={styles.line}>
                  {f.label}: {f.text}
                </Caption1>
              ))}
              {r.result && <Caption1 className={styles.line}>Resultado: {r.result}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
