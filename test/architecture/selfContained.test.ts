/**
 * A clone is self-contained: no file the project ships (README, docs, code, tests, scripts) points at
 * documents that live outside the repository, which a user's clone does not have.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const OUTSIDE = /\.\.\/shared\b|\bshared\/[A-Z-]+\.md\b|\b(STYLE|DESIGN|PRICING-SOURCES|GLOSSARY-JA|ENVIRONMENT)\.md\b/;

test("no tracked file names a document outside the repository", () => {
  const files = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => /\.(md|ts|tsx|js|json|xml|html)$/.test(f) && f !== "package-lock.json" && !f.startsWith("test/architecture/selfContained"));
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.filter((f) => OUTSIDE.test(readFileSync(path.join(ROOT, f), "utf8")));
  expect(offenders).toEqual([]);
});
