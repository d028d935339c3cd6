"use strict";
// The production base URL (SEMAFORO_URL) and the rewrite of every development URL to it, in the
// manifest and in functions.json (each function's help link).
const DEV_URL = "https://localhost:3000/";
const EXAMPLE_URL = "https://planeamiento.ejemplo.gob.pe/semaforo/";

/** The base URL with a trailing slash; throws a Spanish message when it is missing or not HTTPS. */
function checkProdUrl(prodUrl) {
  const value = String(prodUrl || "").trim();
  if (!value) {
    throw new Error(
      "Falta la dirección donde se publicará el complemento. Defina SEMAFORO_URL, por ejemplo:\n" +
        `  SEMAFORO_URL=${EXAMPLE_URL} npm run release`
    );
  }
  if (!/^https:\/\//i.test(value)) {
    throw new Error(
      `SEMAFORO_URL debe empezar por https:// (se recibió «${value}»): Office solo carga ` +
        "complementos servidos por HTTPS."
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SEMAFORO_URL no es una dirección válida: «${value}».`);
  }
  if (url.search || url.hash) {
    throw new Error(`SEMAFORO_URL no debe llevar «?» ni «#» (se recibió «${value}»).`);
  }
  if (url.hostname === "localhost") {
    throw new Error(
      "SEMAFORO_URL apunta a localhost: indique el servidor de la institución donde se publicará."
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces every development URL in a text file (functions.json) by the production base. */
function rewriteDevUrls(text, prodUrl) {
  return text.split(DEV_URL).join(checkProdUrl(prodUrl));
}

/** Rewrites every development URL of the manifest, and its AppDomain, to the production base. */
function rewriteManifestUrls(xml, prodUrl) {
  const base = checkProdUrl(prodUrl);
  const origin = new URL(base).origin;
  return rewriteDevUrls(xml, base)
    .split("<AppDomain>https://localhost:3000</AppDomain>")
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { checkProdUrl, rewriteDevUrls, rewriteManifestUrls, DEV_URL, EXAMPLE_URL };
