#!/usr/bin/env node
// Compiled by `npm run build:cli` (run automatically by npm install / npm ci through "prepare").
try {
  require("../build/cli/cli/index.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /build[\\/]cli/.test(String(error.message))) {
    process.stderr.write("supportcost: the CLI is not built yet; run `npm run build:cli` (npm install does it).\n");
    process.exit(1);
  }
  throw error;
}
