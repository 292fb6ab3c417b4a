/**
 * The files whose JSDoc declares =SUPPORTCOST.* functions. One list for the webpack metadata plugin,
 * the offline manifest check and the test harness, so none of them can miss a function.
 */
const path = require("path");

const FUNCTION_SOURCES = ["src/functions/functions.ts", "src/functions/risk.ts", "src/functions/staffing.ts", "src/functions/compare.ts", "src/functions/variance.ts", "src/functions/currency.ts"];

module.exports = {
  FUNCTION_SOURCES,
  functionSourcePaths: (root = path.resolve(__dirname, "..")) => FUNCTION_SOURCES.map((f) => path.join(root, f)),
};
