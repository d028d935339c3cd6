/**
 * A domain error that a calculation returns for one cell. The function layer maps it to
 * CustomFunctions.Error (#VALUE! / #N/A); the CLI prints its Spanish message.
 */
export type PlanErrorCode = "VALOR" | "NO_DISPONIBLE";

export class PlanError {
  readonly isPlanError = true;
  constructor(
    readonly code: PlanErrorCode,
    readonly message: string
  ) {}

  /** The Excel error text this error is shown as. */
  get excelText(): string {
    return this.code === "VALOR" ? "#VALUE!" : "#N/A";
  }
}

export const valueError = (message: string): PlanError => new PlanError("VALOR", message);
export const notAvailable = (message: string): PlanError => new PlanError("NO_DISPONIBLE", message);

export function isPlanError(value: unknown): value is PlanError {
  return value instanceof PlanError;
}

/** Thrown (not returned) when a whole call is malformed, e.g. ranges of different shapes. */
export class PlanCallError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string
  ) {
    super(message);
    this.name = "PlanCallError";
  }
}
