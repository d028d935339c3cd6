import type { PlanOptions } from "../../src/core/plan/writePlan";

/** Native formulas, CEPLAN's scale for each matrix's period, capped, with the summary sheet. */
export const NATIVE_WITH_SUMMARY: PlanOptions = {
  mode: "nativas",
  tope: true,
  scale: { kind: "periodo" },
  period: null,
  summary: true,
  force: false,
};
