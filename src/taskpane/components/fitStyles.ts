import { makeStyles } from "@fluentui/react-components";

/**
 * A native list sizes itself to its longest option («Unidad orgánica / centro de costo»): held to
 * the pane's width instead, its text cut with an ellipsis, so 320 px panes do not scroll sideways.
 * Use `root` as the Select's className and `select` as its select slot's className.
 */
export const useFitSelect = makeStyles({
  root: { width: "100%", minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});
