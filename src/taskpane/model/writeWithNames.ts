import type { WritePlan } from "../../core/plan/writePlan";
import type { ApplyOptions, NameChanges, WorkbookPort } from "../../core/port/workbookPort";

/**
 * Writes a plan together with its workbook functions («libro» mode), never half: the functions go
 * first (the cells about to be written call them), and when the write then fails, the names this
 * run added are removed and the ones it replaced get back the definition the planner had. A name's
 * old comment is not restored (the pane only knows its formula). The write's own error is rethrown.
 */
export async function writeWithNames(
  port: WorkbookPort,
  plan: WritePlan,
  replace: readonly string[],
  conflicts: readonly { name: string; existing: string }[],
  options: ApplyOptions
): Promise<void> {
  const changes = plan.names.length > 0 ? await port.defineNames(plan.names, replace, false) : null;
  try {
    await port.applyPlan(plan, options);
  } catch (e) {
    if (changes) await undoNames(port, plan, changes, conflicts).catch(() => undefined);
    throw e;
  }
}

async function undoNames(
  port: WorkbookPort,
  plan: WritePlan,
  changes: NameChanges,
  conflicts: readonly { name: string; existing: string }[]
): Promise<void> {
  const ours = (list: readonly string[]) => plan.names.filter((n) => list.includes(n.name));
  // Only the names this run put there: removeNames spares a name that holds anything else.
  await port.removeNames([...ours(changes.added), ...ours(changes.replaced)]);
  const before = conflicts
    .filter((c) => changes.replaced.includes(c.name))
    .map((c) => ({ name: c.name, formula: c.existing, comment: "" }));
  if (before.length > 0) await port.defineNames(before, [], false);
}
