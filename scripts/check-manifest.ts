/**
 * npm run check:manifest — the offline manifest check (see manifest-check.ts) on manifest.xml and,
 * when a build exists, on dist/manifest.xml, dist/functions.json, dist/functions.ja.json and
 * dist/functions.js (every URL of the built manifest, ja-jp overrides included, names a built file).
 * Exits 1 with one line per problem on stderr.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { JA_METADATA_FILE, generateJapaneseMetadata, shapeDifferences } from "./functions-ja";
import { checkEmittedFiles, checkFunctionsJson, checkManifestXml, checkSingleBase } from "./manifest-check";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with webpack.config.js (CommonJS)
const { functionSourcePaths } = require("./function-sources") as { functionSourcePaths: (root?: string) => string[] };

async function main(): Promise<number> {
  const root = path.resolve(__dirname, "..");
  const problems: string[] = [];
  const source = checkManifestXml(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
  problems.push(...source.problems.map((p) => `manifest.xml: ${p}`));
  for (const [id, url] of source.facts.resources) {
    const icon = /\/assets\/([^/]+\.png)$/.exec(url);
    if (icon && !fs.existsSync(path.join(root, "assets", icon[1]))) problems.push(`manifest.xml: ${id} points at assets/${icon[1]}, which does not exist`);
  }
  const dist = path.join(root, "dist");
  if (fs.existsSync(path.join(dist, "manifest.xml"))) {
    const built = checkManifestXml(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
    problems.push(...built.problems.map((p) => `dist/manifest.xml: ${p}`));
    problems.push(...checkSingleBase(built.facts.urls).map((p) => `dist/manifest.xml: ${p}`));
    const generated = await generateCustomFunctionsMetadata(functionSourcePaths(root), false);
    const codeIds = generated.associate.map((a) => a.id);
    const json = fs.readFileSync(path.join(dist, "functions.json"), "utf8");
    const script = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    problems.push(...checkFunctionsJson(json, codeIds, script).map((p) => `dist/functions.json: ${p}`));
    if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(JSON.parse(generated.metadataJson))) {
      problems.push("dist/functions.json differs from the metadata the code generates now: rebuild");
    }
    problems.push(...checkEmittedFiles(built.facts, (file) => fs.existsSync(path.join(dist, file))).map((p) => `dist/manifest.xml: ${p}`));
    const jaPath = path.join(dist, JA_METADATA_FILE);
    if (fs.existsSync(jaPath)) {
      const ja = fs.readFileSync(jaPath, "utf8");
      const japanese = await generateJapaneseMetadata(functionSourcePaths(root));
      problems.push(...checkFunctionsJson(ja, codeIds, script).map((p) => `dist/${JA_METADATA_FILE}: ${p}`));
      problems.push(...shapeDifferences(json, ja).map((p) => `dist/${JA_METADATA_FILE}: ${p}`));
      problems.push(...japanese.problems.map((p) => `dist/${JA_METADATA_FILE}: ${p}`));
      if (JSON.stringify(JSON.parse(ja)) !== JSON.stringify(JSON.parse(japanese.japanese))) {
        problems.push(`dist/${JA_METADATA_FILE} differs from the Japanese help the code generates now: rebuild`);
      }
    }
  } else {
    process.stdout.write("check:manifest: no dist/ build; checked manifest.xml only (run npm run build to check the built add-in)\n");
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length === 0) process.stdout.write("check:manifest: manifest and functions metadata OK\n");
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`check:manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
