import type { Severity } from "../check/findings";
import type { NodeType } from "../measure/nodes";

/**
 * A validation rule, declared the way ESLint declares its rules: `meta` says what it is (id,
 * severity, the node types it subscribes to, a Spanish description and message templates) and
 * `check` reports findings through the context. Severity belongs to the rule, never to the report
 * site. `MessageId` is the union of its message ids, so a report with a wrong id does not compile.
 */
export interface RuleMeta<MessageId extends string = string> {
  /** Stable id, part of the CLI/JSON contract: "V4.trimestre". */
  id: string;
  severity: Severity;
  /**
   * The node types the rule reads (item types, table nodes, families; see measure/nodes.ts): it
   * runs on every matrix that yields any of them, whatever its kind.
   */
  on: readonly NodeType[];
  /** What the rule checks, in Spanish (README table, `semaforo reglas`, help page, pane). */
  description: string;
  /** Message templates by id; {name} is replaced by the report's data. */
  messages: Record<MessageId, string>;
  /**
   * What a group of findings of one message id says, by message id: {count} and {ranges} are
   * filled in («{count} filas sin unidad de medida ({ranges})»). Without one, a group says how
   * many cases there are and quotes the first.
   */
  groupMessages?: Partial<Record<MessageId, string>>;
  /** A finding as a planner would see it, for the help page. */
  example: string;
  /** How to fix it, in Spanish. */
  fix: string;
}

export interface Rule<Context, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(context: Context): void;
}
