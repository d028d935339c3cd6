import { KIND_IDS, type MatrixKind } from "../kinds/kindIds";
import { kindOf, nodesOf } from "../kinds/registry";
import type { RuleMeta } from "../rules/rule";

/**
 * The kinds a rule runs on: those yielding a node type it subscribes to, in the order of the
 * kind ids (for the README table, `semaforo reglas` and the help page).
 */
export const kindsOfRule = (meta: Pick<RuleMeta, "on">): MatrixKind[] =>
  KIND_IDS.filter((id) => {
    const nodes = nodesOf(kindOf(id));
    return meta.on.some((n) => nodes.has(n));
  });
