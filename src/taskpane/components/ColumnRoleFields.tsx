import { memo } from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { DraftError } from "../../core/mapEditor/mapDraft";
import { IGNORE, roleChoices } from "../../core/columnMap/roleChoices";
import { useFormStyles } from "./formStyles";

const useStyles = makeStyles({
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  label: { overflowWrap: "anywhere" },
});

export interface ColumnRoleFieldsProps {
  columns: { letter: string; text: string }[];
  roles: Record<string, string>;
  errors: DraftError[];
  onChange: (letter: string, role: string) => void;
}

/** One column's role list; memoised so picking a role re-renders only that column. */
const RoleField = memo(function RoleField(props: {
  letter: string;
  text: string;
  role: string;
  error: string | undefined;
  onChange: (letter: string, role: string) => void;
}) {
  const styles = useStyles();
  const fit = useFormStyles();
  const { letter, text, role, error, onChange } = props;
  return (
    <Field
      label={{ children: `${letter} · ${text || "(sin título)"}`, className: styles.label }}
      validationMessage={error}
    >
      <Select
        className={fit.selectRoot}
        select={{ className: fit.select }}
        value={role}
        onChange={(_, d) => onChange(letter, d.value)}
      >
        {roleChoices(text, role).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
});

/** One role list per header column, labelled with its letter and title; errors at the column. */
export function ColumnRoleFields({ columns, roles, errors, onChange }: ColumnRoleFieldsProps) {
  const styles = useStyles();
  const form = useFormStyles();
  const errorAt = (letter: string) =>
    errors.find((e) => typeof e.field === "object" && e.field.column === letter)?.message;
  return (
    <fieldset className={form.fieldset}>
      <legend className={styles.legend}>Papel de cada columna</legend>
      {columns.map((c) => (
        <RoleField
          key={c.letter}
          letter={c.letter}
          text={c.text}
          role={roles[c.letter] ?? IGNORE}
          error={errorAt(c.letter)}
          onChange={onChange}
        />
      ))}
    </fieldset>
  );
}
