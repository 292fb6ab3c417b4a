const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

module.exports = tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The model is pure: no Office, no DOM-bound layers, nothing from the other folders (docs/design.md).
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["../functions/*", "../workbook/*", "../taskpane/*", "../cli/*", "react", "react-dom", "@fluentui/*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "fetch"],
    },
  },
  {
    // The functions and the CLI use the model only; the functions must not pull in React or Fluent.
    files: ["src/functions/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["../workbook/*", "../taskpane/*", "react", "react-dom", "@fluentui/*"] }],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
