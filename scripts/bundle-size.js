#!/usr/bin/env node
// Prints the gzipped size of the task pane and functions bundles and fails above the budget:
// planners are often on slow rural links (300 KB task pane, 50 KB functions).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BUDGET = { "taskpane.js": 300 * 1024, "functions.js": 50 * 1024 };

function bundleSizes(dist = path.resolve(__dirname, "..", "dist")) {
  return Object.entries(BUDGET).map(([file, budget]) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return { file, gzip: zlib.gzipSync(bytes, { level: 9 }).length, budget };
  });
}

if (require.main === module) {
  const sizes = bundleSizes();
  for (const s of sizes) {
    const ok = s.gzip <= s.budget;
    console.log(
      `${s.file}: ${(s.gzip / 1024).toFixed(1)} KB gzip (presupuesto ${s.budget / 1024} KB) ${ok ? "✓" : "✗ EXCEDE"}`
    );
  }
  if (sizes.some((s) => s.gzip > s.budget)) process.exit(1);
}

module.exports = { bundleSizes, BUDGET };
