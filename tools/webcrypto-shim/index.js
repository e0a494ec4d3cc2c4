'use strict';
// fhirclient reads `require("isomorphic-webcrypto").default` only when globalThis.crypto is missing.
module.exports = { default: globalThis.crypto };
