/** Requests stay under this many bytes (Excel on the web refuses payloads over 5 MB). */
export const PAYLOAD_LIMIT = 4 * 1024 * 1024;

/**
 * What one request aims at. Reads and writes estimate their size from what they send or what the
 * previous block returned; the margin under PAYLOAD_LIMIT covers request envelopes and a block
 * heavier than the ones before it.
 */
export const REQUEST_BUDGET = 2 * 1024 * 1024;

/** Bytes a value takes in a request body (JSON, as office.js sends it). */
export const jsonBytes = (value: unknown): number => {
  const text = JSON.stringify(value);
  // UTF-8: accented Spanish text takes two bytes per letter.
  let extra = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) extra++;
  return text.length + extra;
};
