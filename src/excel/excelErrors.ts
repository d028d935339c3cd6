import { WorkbookStop } from "../core/port/workbookPort";

/** Error codes office.js puts on OfficeExtension.Error, and what a planner should do about each. */
const BY_CODE: [RegExp, string][] = [
  [
    /RequestPayloadSizeLimitExceeded|payload size/i,
    "El libro envió más datos de los que Excel acepta en una sola solicitud. Vuelva a intentarlo; " +
      "si se repite, divida la matriz en varias hojas.",
  ],
  [
    /AccessDenied|protect/i,
    "Excel no permite modificar el libro (una hoja protegida o el libro abierto como solo " +
      "lectura). Desproteja la hoja (Revisar › Desproteger hoja) o guarde una copia editable y " +
      "vuelva a intentarlo.",
  ],
  [
    /InvalidOperationInCellEditMode|CellEditMode/i,
    "Excel está editando una celda. Pulse Intro o Esc en la hoja y vuelva a intentarlo.",
  ],
  [
    /ItemNotFound/i,
    "Una hoja o celda ya no está donde estaba (¿se renombró o eliminó una hoja?). Pulse «Validar " +
      "todo» y vuelva a intentarlo.",
  ],
  [
    /InvalidArgument|InvalidReference|InvalidFormula/i,
    "Excel rechazó una fórmula o una dirección. Pulse «Validar todo»; si se repite, " +
      "elija las fórmulas «Portátiles» o informe el problema con la hoja y la celda.",
  ],
  [
    /ApiNotFound|NotImplemented/i,
    "Esta versión de Excel no tiene una función que Semáforo necesita. Actualice Excel " +
      "(Microsoft 365) o abra el libro en Excel para la Web.",
  ],
  [
    /Timeout|Network|Connection/i,
    "Excel tardó demasiado en responder o se perdió la conexión. Compruebe la conexión, espere " +
      "un momento y vuelva a intentarlo.",
  ],
];

/**
 * A Spanish sentence with a next step for any error Excel (or office.js) throws; Semáforo's own
 * stops keep their message. The original text stays on the error's cause for support.
 */
export function toWorkbookStop(error: unknown): WorkbookStop {
  if (error instanceof WorkbookStop) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const text = typeof e?.message === "string" ? e.message : String(error);
  const hit = BY_CODE.find(([re]) => re.test(code) || re.test(text));
  const message =
    hit?.[1] ??
    "Excel no pudo completar la operación. Vuelva a intentarlo; si se repite, guarde el libro, " +
      "ciérrelo y ábralo de nuevo.";
  const stop = new WorkbookStop("excel", message);
  (stop as { cause?: unknown }).cause = error;
  return stop;
}
