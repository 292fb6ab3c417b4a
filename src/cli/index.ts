import * as fs from "fs";
import { main } from "./main";

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readText: (path) => fs.readFileSync(path === "-" ? 0 : path, "utf8"),
});
