import type { RemovalPlan } from "../../core/plan/removalPlan";
import type { WritePlan } from "../../core/plan/writePlan";
import type { SheetData } from "../../core/sheet/sheetData";

/** A write or a removal waiting for the planner's confirmation, with the sheets it was made from. */
export type PendingWork =
  | {
      kind: "write";
      plan: WritePlan;
      sheets: SheetData[];
      /** «libro» mode: names the workbook already defines otherwise. */
      nameConflicts: { name: string; existing: string }[];
    }
  | { kind: "remove"; plan: RemovalPlan; sheets: SheetData[] };
