import { describe, expect, it } from "vitest";
import { toWorkbookStop } from "../../src/excel/excelErrors";
import { WorkbookStop } from "../../src/core/port/workbookPort";

const richApi = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("Excel's errors in a planner's words", () => {
  it.each([
    [
      richApi(
        "RequestPayloadSizeLimitExceeded",
        "RichApi.Error: The request payload size has exceeded the limit."
      ),
      /más datos de los que Excel acepta.*divida la matriz/,
    ],
    [
      richApi(
        "AccessDenied",
        "RichApi.Error: The cell or chart you're trying to change is protected"
      ),
      /Desproteger hoja/,
    ],
    [
      richApi("InvalidOperationInCellEditMode", "RichApi.Error: Excel is in cell-editing mode."),
      /Pulse Intro o Esc/,
    ],
    [
      richApi("ItemNotFound", "RichApi.Error: The requested resource doesn't exist."),
      /Validar todo/,
    ],
    [
      richApi("GeneralException", "RichApi.Error: An internal error has occurred."),
      /Excel no pudo completar la operación/,
    ],
    [
      new Error("RichApi.Error: The request payload size has exceeded the limit."),
      /más datos de los que Excel acepta/,
    ],
  ])("%s", (error, message) => {
    const stop = toWorkbookStop(error);
    expect(stop.message).toMatch(message);
    expect(stop.message).not.toMatch(/RichApi|request|resource|internal/i);
    expect((stop as { cause?: unknown }).cause).toBe(error);
  });

  it("keeps Semáforo's own stops as they are", () => {
    const own = new WorkbookStop("changed", "Una celda cambió");
    expect(toWorkbookStop(own)).toBe(own);
  });
});
