/**
 * The dependency direction the design sets, checked on the source itself: no import circles anywhere
 * in src/, and the model imports nothing from the other folders (it is pure: no Office, no React).
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Relative imports of a file (static imports, re-exports and dynamic import()), resolved to files. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\(\s*(?:\/\*[^*]*\*\/\s*)?"(\.[^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.map((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (!found) throw new Error(`${path.relative(SRC, file)} imports ${spec}, which does not resolve`);
    return found;
  });
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("the source's dependency direction", () => {
  it("finds the source files and their imports (the check below has something to check)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join(SRC, "model/scenario/price.ts"))).toContain(path.join(SRC, "model/pricebook/horizon.ts"));
  });

  it("has no import circles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const g of graph.get(f) ?? []) {
        if (state.get(g) === "open") cycles.push([...stack.slice(stack.indexOf(g)), g].map((x) => path.relative(SRC, x)).join(" → "));
        else if (!state.has(g)) visit(g);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("keeps the model pure: it imports only the model, and no Office, React or DOM", () => {
    const model = files.filter((f) => f.startsWith(path.join(SRC, "model")));
    const outside = model.flatMap((f) => (graph.get(f) ?? []).filter((g) => !g.startsWith(path.join(SRC, "model"))).map((g) => `${path.relative(SRC, f)} → ${path.relative(SRC, g)}`));
    expect(outside).toEqual([]);
    const impure = model.filter((f) => /from\s+"(react|@fluentui\/[^"]+|office-js)"|\bOffice\.|\bExcel\.run|\bdocument\.|\bwindow\./.test(fs.readFileSync(f, "utf8")));
    expect(impure.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("lets only the workbook layer (and the functions' registration) touch Office.js", () => {
    const touching = files.filter((f) => /\bExcel\.run\(|\bOffice\.context\b/.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f));
    expect(touching.every((f) => f.startsWith("workbook/") || f.startsWith("functions/") || f === "taskpane/index.tsx")).toBe(true);
  });
});
