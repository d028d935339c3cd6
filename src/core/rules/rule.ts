import type { MatrixKind } from "../kinds/kindIds";
import type { Severity } from "../check/findings";

/**
 * A validation rule, declared the way ESLint declares its rules: `meta` says what it is (id,
 * severity, the kinds it applies to, a Spanish description and message templates) and `check`
 * reports findings through the context. Severity belongs to the rule, never to the report site.
 */
export interface RuleMeta {
  /** Stable id, part of the CLI/JSON contract: "V4.trimestre". */
  id: string;
  severity: Severity;
  /** Matrix kinds the rule runs on. */
  kinds: readonly MatrixKind[];
  /** What the rule checks, in Spanish (README table, `semaforo reglas`, help page, pane). */
  description: string;
  /** Message templates by id; {name} is replaced by the report's data. */
  messages: Record<string, string>;
  /**
   * What a group of findings of one message id says, by message id: {count} and {ranges} are
   * filled in («{count} filas sin unidad de medida ({ranges})»). Without one, a group says how
   * many cases there are and quotes the first.
   */
  groupMessages?: Record<string, string>;
  /** A finding as a planner would see it, for the help page. */
  example: string;
  /** How to fix it, in Spanish. */
  fix: string;
}

export interface Rule<Context> {
  meta: RuleMeta;
  check(context: Context): void;
}
