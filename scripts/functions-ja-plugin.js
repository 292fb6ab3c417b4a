/**
 * Webpack plugin: emits functions.ja.json beside functions.json (see functions-ja.ts, which builds it
 * from the same JSDoc with the same generator). A function or parameter without Japanese help keeps its
 * English text and is reported as a build warning; the tests fail on it (test/functions/metadata-ja).
 * The TypeScript is loaded through tsx, afresh on every compilation, so `npm start` picks up edits to
 * the Japanese help without a restart.
 */
const path = require("path");
const { register } = require("tsx/cjs/api");
const { Compilation, WebpackError, sources } = require("webpack");
const { functionSourcePaths } = require("./function-sources");

const NAME = "FunctionsJaPlugin";
const HELP_FILE = path.resolve(__dirname, "../src/functions/help.ja.ts");
const GENERATOR = path.join(__dirname, "functions-ja.ts");
let tsx;

/** scripts/functions-ja.ts with the help as it is on disk now (watch mode rebuilds after an edit). */
async function generate(input) {
  for (const key of Object.keys(require.cache)) {
    if ([GENERATOR, HELP_FILE].includes(key.split("?")[0])) delete require.cache[key];
  }
  tsx ??= register({ namespace: NAME });
  const { generateJapaneseMetadata, JA_METADATA_FILE } = tsx.require(GENERATOR, path.join(__dirname, "functions-ja-plugin.js"));
  return { file: JA_METADATA_FILE, ...(await generateJapaneseMetadata(input)) };
}

class FunctionsJaPlugin {
  /** @param {{ input?: string[] }} [options] the function sources (default: scripts/function-sources.js) */
  constructor(options = {}) {
    this.input = (options.input ?? functionSourcePaths()).map((f) => path.resolve(f));
  }

  apply(compiler) {
    let result;
    compiler.hooks.beforeCompile.tapPromise(NAME, async () => {
      result = await generate(this.input);
    });
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(HELP_FILE);
      for (const f of this.input) compilation.fileDependencies.add(f);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const e of result.errors) compilation.errors.push(new WebpackError(`${result.file}: ${e}`));
        for (const p of result.problems) compilation.warnings.push(new WebpackError(`${result.file}: ${p}`));
        if (result.japanese) compilation.emitAsset(result.file, new sources.RawSource(result.japanese));
      });
    });
  }
}

module.exports = FunctionsJaPlugin;
