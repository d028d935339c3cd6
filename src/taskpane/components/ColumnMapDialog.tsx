import { useCallback, useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  draftRow,
  guessKind,
  headerColumns,
  rolesAtRow,
  savedMapOfDraft,
  startDraft,
  validateDraft,
  withMap,
  withoutMap,
  type MapDraft,
} from "../../core/mapEditor/mapDraft";
import { previewDraft } from "../../core/mapEditor/mapPreview";
import type { SavedMatrixMap } from "../../core/columnMap/savedMap";
import { KINDS } from "../../core/kinds/registry";
import type { MatrixKind } from "../../core/kinds/kindIds";
import type { SheetData } from "../../core/sheet/sheetData";
import { ColumnRoleFields } from "./ColumnRoleFields";
import { ConfirmDialog } from "./ConfirmDialog";
import { MapPreview } from "./MapPreview";
import { useFormStyles } from "./formStyles";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { width: "8em", maxWidth: "100%" },
});

export interface ColumnMapDialogProps {
  sheet: SheetData;
  /** Every map stored in the workbook (saving replaces the list). */
  maps: readonly SavedMatrixMap[];
  /** The header row to start from (a detected matrix's); else the saved map or the near-miss. */
  row?: number;
  busy: boolean;
  /** Stores the new list of maps; `title` and `text` say in Spanish what changed. */
  onSave: (maps: SavedMatrixMap[], title: string, text: string) => void;
  onCancel: () => void;
}

/**
 * «Definir columnas»: the header row, the kind and each column's role, with the first rows as
 * Semáforo would read them; saved in the workbook's settings for the next scan.
 */
export function ColumnMapDialog({
  sheet,
  maps,
  row,
  busy,
  onSave,
  onCancel,
}: ColumnMapDialogProps) {
  const styles = useStyles();
  const fit = useFormStyles();
  const [draft, setDraft] = useState<MapDraft>(() => startDraft(sheet, maps, row));
  const [kindChosen, setKindChosen] = useState(draft.editing !== undefined);
  const errors = useMemo(() => validateDraft(sheet, draft), [sheet, draft]);
  const preview = useMemo(() => previewDraft(sheet, draft), [sheet, draft]);
  const columns = headerColumns(sheet, draft);
  const errorAt = (field: "fila" | "tipo" | "columnas") =>
    errors.find((e) => e.field === field)?.message;

  /** New roles: the kind follows them until the planner picks one. */
  const withRoles = useCallback(
    (next: MapDraft): MapDraft =>
      kindChosen ? next : { ...next, tipo: guessKind(next.columnas) ?? next.tipo },
    [kindChosen]
  );
  const setRole = useCallback(
    (letter: string, role: string) =>
      setDraft((d) => withRoles({ ...d, columnas: { ...d.columnas, [letter]: role } })),
    [withRoles]
  );
  const changeRow = (fila: string) => {
    const next = { ...draft, fila };
    const n = draftRow(sheet, next);
    setDraft(n === null ? next : withRoles({ ...next, ...rolesAtRow(sheet, n) }));
  };
  const save = () => {
    const map = savedMapOfDraft(sheet, draft);
    onSave(
      withMap(maps, map, draft.editing),
      "Columnas guardadas",
      `Se guardaron las columnas de «${sheet.name}» (títulos en la fila ${map.encabezado.desde}). ` +
        "La próxima validación leerá la hoja con ellas."
    );
  };
  const remove = () =>
    onSave(
      withoutMap(maps, sheet.name, draft.editing as number),
      "Columnas quitadas",
      `Se quitaron las columnas definidas para «${sheet.name}»: Semáforo vuelve a reconocerla por sus títulos.`
    );

  return (
    <ConfirmDialog
      title={`Definir columnas de «${sheet.name}»`}
      confirmLabel="Guardar columnas"
      confirmDisabled={busy || errors.length > 0}
      onConfirm={save}
      onCancel={onCancel}
      extraAction={
        draft.editing !== undefined && (
          <Button disabled={busy} onClick={remove}>
            Quitar las columnas guardadas
          </Button>
        )
      }
    >
      <div className={styles.content}>
        <Caption1>
          Indique la fila de los títulos y qué es cada columna. Se guarda en el libro y la próxima
          validación lee la hoja así.
        </Caption1>
        <Field label="Fila de los títulos" validationMessage={errorAt("fila")}>
          <Input
            className={styles.row}
            inputMode="numeric"
            value={draft.fila}
            onChange={(_, d) => changeRow(d.value)}
          />
        </Field>
        <Checkbox
          label="Los títulos ocupan dos filas"
          checked={draft.filas === 2}
          onChange={(_, d) => setDraft({ ...draft, filas: d.checked ? 2 : 1 })}
        />
        <Field label="Tipo de matriz" validationMessage={errorAt("tipo")}>
          <Select
            className={fit.selectRoot}
            select={{ className: fit.select }}
            value={draft.tipo}
            onChange={(_, d) => {
              setKindChosen(true);
              setDraft({ ...draft, tipo: d.value as MatrixKind });
            }}
          >
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </Select>
        </Field>
        {errorAt("columnas") && (
          <MessageBar intent="error">
            <MessageBarBody>{errorAt("columnas")}</MessageBarBody>
          </MessageBar>
        )}
        <ColumnRoleFields
          columns={columns}
          roles={draft.columnas}
          errors={errors}
          onChange={setRole}
        />
        <MapPreview rows={preview} />
      </div>
    </ConfirmDialog>
  );
}
