"use strict";
// HTTPS for the dev server. office-addin-dev-certs installs a trusted localhost certificate, but it
// needs sudo to add its CA; where that fails (Linux without sudo) webpack-dev-server generates its
// own self-signed certificate, which the browser must accept once by hand.
async function devServerHttps() {
  if (process.argv.includes("serve") || process.env.WEBPACK_SERVE) {
    try {
      const devCerts = require("office-addin-dev-certs");
      const options = await devCerts.getHttpsServerOptions();
      return { type: "https", options };
    } catch (error) {
      console.warn(
        "Aviso: no se pudo instalar el certificado de desarrollo de Office " +
          `(${error && error.message ? error.message.split("\n")[0] : error}). ` +
          "Se usa un certificado autofirmado generado por webpack-dev-server: acéptelo una vez " +
          "en el navegador abriendo https://localhost:3000/taskpane.html."
      );
    }
  }
  return { type: "https" };
}

module.exports = { devServerHttps };
