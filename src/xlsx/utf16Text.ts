/**
 * The text of a UTF-16 file (Excel's «Texto Unicode», Notepad's «Unicode»), or null when the
 * bytes are not UTF-16: a byte-order mark says so, or, without one, ASCII text whose every other
 * byte is zero.
 */
export function utf16Text(buffer: Buffer): string | null {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString("utf16le");
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return bigEndian(buffer.subarray(2));
  const sample = buffer.subarray(0, 4096 - (Math.min(buffer.length, 4096) % 2));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.9 && evenZeros === 0) return buffer.toString("utf16le");
  if (evenZeros > pairs * 0.9 && oddZeros === 0) return bigEndian(buffer);
  return null;
}

function bigEndian(bytes: Buffer): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return even.swap16().toString("utf16le");
}
