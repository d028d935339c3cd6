import { workbookFunction } from "../../core/planFunctions/workbookFunctions";
import type { WritePlan } from "../../core/plan/writePlan";
import {
  DYNAMIC_ARRAY_METADATA_XML,
  METADATA_CONTENT_TYPE,
  METADATA_PART,
  METADATA_REL_TYPE,
  withDynamicArrayRecord,
  withMetadataContentType,
  withMetadataRelationship,
} from "../dynamicArrayCell";
import { insertDefinedNames, removeDefinedNames, toFileDefinition } from "../definedNames";
import type { PackageEditor } from "./packageEditor";

const definitions = (names: readonly string[]) =>
  names.flatMap((name) => {
    const fn = workbookFunction(name as Parameters<typeof workbookFunction>[0]);
    return fn ? [toFileDefinition(fn)] : [];
  });

/**
 * «libro» mode in the package: the plan's workbook functions as defined names in workbook.xml, and
 * the cell metadata that makes the calling cells dynamic arrays (so Excel shows no «@»). Returns
 * the `cm` index for those cells. A workbook's own metadata.xml (in-cell pictures…) gets the
 * dynamic-array record added, so the calls are never plain formulas. A name the workbook already
 * defines otherwise is kept and reported: the planner chooses with --reemplazar-nombres.
 */
export async function writeWorkbookFunctions(
  editor: PackageEditor,
  plan: WritePlan,
  replace: readonly string[],
  originals: Record<string, string> = {}
): Promise<number | null> {
  if (plan.names.length === 0) return null;
  const path = editor.pkg.workbookPath;
  const result = insertDefinedNames(
    await editor.text(path),
    definitions(plan.names.map((n) => n.name)),
    replace
  );
  if (result.xml !== (await editor.text(path))) editor.set(path, result.xml);
  Object.assign(originals, result.originals);
  // A kept name is the planner's: the plan (and what apply reports as defined) drops it.
  const kept = new Set(result.conflicts.map((c) => c.name.toUpperCase()));
  plan.names.splice(
    0,
    plan.names.length,
    ...plan.names.filter((n) => !kept.has(n.name.toUpperCase()))
  );
  for (const c of result.conflicts) {
    plan.notes.push(
      `El libro ya tiene un nombre «${c.name}» con otra definición; no se cambió. Las celdas que lo ` +
        `llaman usarán esa definición. Para usar la de Semáforo, vuelva a aplicar con --reemplazar-nombres ${c.name}.`
    );
  }
  if (!plan.cells.some((c) => c.dynamic)) return null;
  if (editor.has(METADATA_PART)) {
    const current = await editor.text(METADATA_PART);
    const merged = withDynamicArrayRecord(current);
    if (merged.xml !== current) editor.set(METADATA_PART, merged.xml);
    return merged.cm;
  }
  editor.set(METADATA_PART, DYNAMIC_ARRAY_METADATA_XML);
  editor.set(
    "[Content_Types].xml",
    withMetadataContentType(await editor.text("[Content_Types].xml"))
  );
  const rels = editor.pkg.workbookRelsPath;
  editor.set(rels, withMetadataRelationship(await editor.text(rels)));
  return 1;
}

/**
 * Takes the workbook functions out again: the names Semáforo defined (only while they are still
 * its own definitions) and the metadata part it added (only while it is exactly Semáforo's).
 */
export async function stripWorkbookFunctions(
  editor: PackageEditor,
  names: readonly string[],
  originals: Readonly<Record<string, string>> = {}
): Promise<void> {
  if (names.length === 0) return;
  const path = editor.pkg.workbookPath;
  const removed = removeDefinedNames(await editor.text(path), definitions(names), originals);
  if (removed.removed.length > 0) editor.set(path, removed.xml);
  if (
    !editor.has(METADATA_PART) ||
    (await editor.text(METADATA_PART)) !== DYNAMIC_ARRAY_METADATA_XML
  )
    return;
  editor.remove(METADATA_PART);
  const types = await editor.text("[Content_Types].xml");
  editor.set(
    "[Content_Types].xml",
    types.replace(
      `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/>`,
      ""
    )
  );
  const rels = editor.pkg.workbookRelsPath;
  const relsXml = await editor.text(rels);
  editor.set(
    rels,
    relsXml.replace(
      new RegExp(`<Relationship Id="[^"]+" Type="${METADATA_REL_TYPE}" Target="metadata.xml"/>`),
      ""
    )
  );
}
