/** Excel refuses a workbook whose defined-name comment is longer than this (measured, 256 fails). */
export const NAME_COMMENT_MAX = 255;

/**
 * The registry description as a defined-name comment: unchanged when it fits, otherwise cut
 * after the last whole sentence that fits, or at the last word with "…" when no sentence does.
 * Deterministic, so applying twice writes the same comment.
 */
export function shortComment(text: string, max = NAME_COMMENT_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const sentenceEnd = head.lastIndexOf(". ");
  if (sentenceEnd > 0) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.slice(0, max - 1).lastIndexOf(" ");
  return `${head.slice(0, wordEnd > 0 ? wordEnd : max - 1)}…`;
}
