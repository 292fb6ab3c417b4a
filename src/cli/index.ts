import * as fs from "fs";
import { main } from "./main";

// A reader that stops early (`supportcost pricebook | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readText: (path) => fs.readFileSync(path === "-" ? 0 : path, "utf8"),
});
