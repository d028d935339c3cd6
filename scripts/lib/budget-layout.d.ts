export declare const BUDGET_HEADER: (string | null)[];
export declare const BUDGET_SUBHEADER: (string | null)[];
export declare const PLANTED_AVANCE: { code: string; printed: number };
export declare function addBudgetExecutionSheet(
  wb: unknown,
  data: unknown,
  helpers: {
    put: (ws: unknown, row: number, values: unknown[]) => void;
    boldRow: (ws: unknown, row: number, from: number, to: number) => void;
  }
): unknown;
