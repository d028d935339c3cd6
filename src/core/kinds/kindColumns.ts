import type { ColumnMap } from "../detect/columnMap";
import type { DetectedMatrix } from "../detect/matrix";
import type { KindDef, ResultColumn } from "./kind";

/** The columns of a kind that count for the confidence of a detection. */
export const essentialColumns = (kind: KindDef, c: ColumnMap): (number | undefined)[] =>
  kind.columns(c).map((x) => x.col);

/** What a header needs to be of the kind, and whether this one has it. */
export const requirementsOf = (
  kind: KindDef,
  c: ColumnMap
): { label: string; present: boolean }[] =>
  kind
    .columns(c)
    .filter((x) => x.need !== undefined)
    .map((x) => ({ label: x.need as string, present: x.present ?? x.col !== undefined }));

/** A result column under one fixed header. */
export const fixedResult = (
  header: string,
  column?: (m: DetectedMatrix) => number | undefined
): ResultColumn => ({
  header: () => header,
  isHeader: (text) => text.trim() === header,
  namesPeriod: false,
  column,
});

/** The left column: where a row's code is when the kind has no code column of its own. */
export const leftColumn = (m: DetectedMatrix): number => m.header.left;
