/** Excel.run, or a fake with the same shape in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

type IsSetSupported = (name: string, version: string) => boolean;

/** The requirement set the manifest declares; everything else is feature-detected. */
export const REQUIRED_API = "1.8";
/** worksheets.onChanged: live re-validation only where the host has it. */
export const EVENTS_API = "1.9";

export class ExcelHostTooOld extends Error {
  constructor(set: string) {
    super(
      `Esta versión de Excel no admite ${set}, que Semáforo necesita para leer y escribir el ` +
        "libro. Actualice Excel (Microsoft 365) o abra el libro en Excel para la Web."
    );
    this.name = "ExcelHostTooOld";
  }
}

/** Throws a Spanish explanation when the host lacks the requirement set the manifest declares. */
export function requireApi(isSetSupported: IsSetSupported) {
  if (!isSetSupported("ExcelApi", REQUIRED_API))
    throw new ExcelHostTooOld(`ExcelApi ${REQUIRED_API}`);
}

/** Whether the host can report edits (ExcelApi 1.9); without it the pane re-reads on request. */
export const canFollowEdits = (isSetSupported: IsSetSupported) =>
  isSetSupported("ExcelApi", EVENTS_API);
