/** A minimal stand-in for the CustomFunctions global that Excel provides to the functions bundle. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StubError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}
