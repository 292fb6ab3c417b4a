/**
 * Webpack loader: compiles the ICU messages of a catalog file to FormatJS's message AST at build time,
 * so the bundle needs no message parser (FormatJS's own advice for production: the parser is about
 * 7 KB gzip). A catalog file is an object literal of key → message text; each string value becomes its
 * AST (typed `as unknown as string`, so the catalog's types stay as written). A message that does not
 * parse fails the build, naming the key.
 */
const ts = require("typescript");
const { parse } = require("@formatjs/icu-messageformat-parser");

module.exports = function icuPrecompileLoader(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))) {
      const key = node.name.getText(file);
      let ast;
      try {
        ast = parse(node.initializer.text);
      } catch (error) {
        throw new Error(`${this.resourcePath}: message ${key} is not a valid ICU message: ${error.message}`, { cause: error });
      }
      edits.push({ start: node.initializer.getStart(file), end: node.initializer.getEnd(), text: `${JSON.stringify(ast)} as unknown as string` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
};
