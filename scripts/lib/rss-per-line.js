"use strict";
// Loaded with `node --require` by the benchmarks: records the process's resident memory each time
// it writes a line to stdout (with `check --jsonl`, right after each file is reported) and prints
// the series, in KiB, on stderr when it exits.
const fs = require("node:fs");

const samples = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const done = write(chunk, ...rest);
  // A long line goes out in pieces: one sample when it ends.
  if (String(chunk).endsWith("\n")) samples.push(Math.round(process.memoryUsage.rss() / 1024));
  return done;
};
process.on("exit", () => {
  fs.writeSync(2, `\n@@rss-per-line ${samples.join(",")}\n`);
  fs.writeSync(2, `\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
