import { Checkbox } from "@fluentui/react-components";
import { nameConflictMessage } from "../../core/planFunctions/libroMode";

export interface NameConflictsProps {
  conflicts: readonly { name: string; existing: string }[];
  replace: readonly string[];
  onChange: (replace: string[]) => void;
}

/**
 * Names the workbook already defines otherwise: each is kept unless the planner ticks it, so a
 * definition of theirs is never overwritten silently.
 */
export function NameConflicts({ conflicts, replace, onChange }: NameConflictsProps) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-label="Nombres que ya existen en el libro">
      {conflicts.map((c) => (
        <div key={c.name}>
          <p>{nameConflictMessage(c.name, c.existing)}</p>
          <Checkbox
            label={`Reemplazar «${c.name}» por la función de Semáforo`}
            checked={replace.includes(c.name)}
            onChange={(_, d) =>
              onChange(d.checked ? [...replace, c.name] : replace.filter((n) => n !== c.name))
            }
          />
        </div>
      ))}
    </section>
  );
}
