import { ruleMeta } from "../../core/rules/registry";

/** What a rule checks, in Spanish: the one place the pane reads rule metadata. */
export const ruleDescription = (id: string): string => ruleMeta(id)?.description ?? id;
