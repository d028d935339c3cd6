#!/usr/bin/env node
// The development manifest is manifest.xml with its own identity: another add-in Id and «(dev)» in
// the names, so a sideloaded development copy can live next to the copy the institution deployed
// (two add-ins with one Id break custom-function loading, office-js#4559). manifest.dev.xml is
// generated from manifest.xml, never edited by hand: `node scripts/dev-manifest.js` rewrites it and
// test/manifest.test.ts fails when it is stale.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const DEV_ID = "d2911aee-f215-4f19-a0ca-b79505741687";
const DEV_SUFFIX = " (dev)";
const ROOT = path.resolve(__dirname, "..");
const HEADER =
  "<!-- Generado desde manifest.xml por scripts/dev-manifest.js: no editar a mano. -->\n";

/** Replaces exactly one match of `pattern` in `xml`, failing loudly when the manifest changed shape. */
function replaceOnce(xml, pattern, replacer, what) {
  const matches = xml.match(new RegExp(pattern.source, "g")) || [];
  if (matches.length !== 1) {
    throw new Error(`manifest.xml: se esperaba un(a) ${what} y hay ${matches.length}.`);
  }
  return xml.replace(pattern, replacer);
}

/** The development manifest for a production manifest's XML text. */
function devManifest(xml) {
  let out = replaceOnce(xml, /<Id>[^<]+<\/Id>/, `<Id>${DEV_ID}</Id>`, "<Id>");
  out = replaceOnce(
    out,
    /<DisplayName DefaultValue="([^"]+)"\/>/,
    (_, name) => `<DisplayName DefaultValue="${name}${DEV_SUFFIX}"/>`,
    "<DisplayName>"
  );
  // The ribbon group label, so the two copies are told apart on the Home tab.
  out = replaceOnce(
    out,
    /<bt:String id="Group.Label" DefaultValue="([^"]+)"\/>/,
    (_, label) => `<bt:String id="Group.Label" DefaultValue="${label}${DEV_SUFFIX}"/>`,
    "Group.Label"
  );
  return out.replace(/^(<\?xml[^>]*\?>\n)/, `$1${HEADER}`);
}

function writeDevManifest(root = ROOT) {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  fs.writeFileSync(path.join(root, "manifest.dev.xml"), devManifest(xml));
}

if (require.main === module) {
  writeDevManifest();
  console.log("manifest.dev.xml regenerado desde manifest.xml.");
}

module.exports = { devManifest, writeDevManifest, DEV_ID, DEV_SUFFIX };
