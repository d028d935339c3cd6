import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles the pane's forms share. */
export const useFormStyles = makeStyles({
  /** A fieldset without the browser's frame: its legend names the group for screen readers. */
  fieldset: {
    border: "none",
    padding: 0,
    margin: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  /**
   * A native list sizes itself to its longest option («Unidad orgánica / centro de costo»): held
   * to the pane's width instead, its text cut with an ellipsis, so a 320 px pane does not scroll
   * sideways. `selectRoot` is the Select's className, `select` its select slot's.
   */
  selectRoot: { width: "100%", minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  /** Text for screen readers only: it tells apart fields that look alike («Desde (%)» × 3). */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
