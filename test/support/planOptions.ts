import type { PlanOptions } from "../../src/core/plan/writePlan";
import { PERIOD_CHOICE } from "../../src/core/scales/scaleChoice";

/** Write-plan options as `apply` uses them by default: PLAN.* formulas, capped, CEPLAN by period. */
export const APPLY_DEFAULTS: PlanOptions = {
  mode: "personalizadas",
  tope: true,
  scale: PERIOD_CHOICE,
  period: null,
  summary: false,
  force: false,
};

/** Native formulas, CEPLAN's scale for each matrix's period, capped, with the summary sheet. */
export const NATIVE_WITH_SUMMARY: PlanOptions = {
  ...APPLY_DEFAULTS,
  mode: "nativas",
  summary: true,
};
