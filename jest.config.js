/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Pane tests that draw one tab on its own need that tab's English, which the pane loads with the tab.
  setupFiles: ["<rootDir>/test/support/i18n-setup.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/dom-setup.ts"],
  // A test's own timeout where it sets none: generous for a busy 2-core machine (browser suites set theirs).
  testTimeout: 30_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
    // react-intl and FormatJS ship ES modules only: compiled to CommonJS for jest, as the build bundles them.
    "^.+/node_modules/(react-intl|@formatjs|intl-messageformat)/.+\\.js$": ["ts-jest", { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(react-intl|@formatjs|intl-messageformat)/)"],
  // office-addin-mock pulls ESM-only packages in through office-addin-manifest: jest compiles them to CommonJS below.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
