/**
 * npm run screenshots: refreshes the README's screenshots in docs/screenshots. The end-to-end tests take
 * them on every run but write them under test-results/ (so a test run leaves a clone clean); with
 * UPDATE_SCREENSHOTS=1 they write into docs/ instead. Builds first, as the e2e tests drive dist/.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (command, args, env = process.env) => spawnSync(command, args, { cwd: root, stdio: "inherit", env }).status ?? 1;

let status = run(bin("webpack"), ["--mode", "production"]);
if (status === 0) status = run(bin("jest"), ["test/e2e", "--maxWorkers=1"], { ...process.env, UPDATE_SCREENSHOTS: "1" });
process.exitCode = status;
