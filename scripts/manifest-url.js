"use strict";
// Rewrites every development URL of the manifest to the production base URL.
const DEV_URL = "https://localhost:3000/";

function rewriteManifestUrls(xml, prodUrl) {
  const base = prodUrl.endsWith("/") ? prodUrl : `${prodUrl}/`;
  if (!/^https:\/\//.test(base)) {
    throw new Error(`SEMAFORO_URL debe empezar por https:// (se recibió «${prodUrl}»).`);
  }
  const origin = new URL(base).origin;
  return xml
    .split(DEV_URL)
    .join(base)
    .split("<AppDomain>https://localhost:3000</AppDomain>")
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { rewriteManifestUrls, DEV_URL };
