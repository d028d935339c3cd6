import { RULES } from "../../core/validate/findings";

/**
 * What a rule checks, in Spanish. The one place the pane reads rule metadata: when the core's rule
 * registry lands, this becomes `ruleMeta(id).description`.
 */
export const ruleDescription = (id: string): string => RULES[id] ?? id;
