/**
 * npm start: build and serve the add-in on https://localhost:3000, and sideload it into desktop
 * Excel where desktop Excel exists (Windows, macOS) with Microsoft's office-addin-debugging.
 * Elsewhere (Linux, or without desktop Excel) it serves and explains how to upload the manifest to
 * Excel on the web. Stop with Ctrl+C (and `npm run stop` to un-sideload on desktop).
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name + (process.platform === "win32" ? ".cmd" : ""));
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (hasDesktopExcel && process.env.SUPPORTCOST_NO_SIDELOAD !== "1") {
  // office-addin-debugging installs the dev certificate, starts the dev server and sideloads manifest.xml.
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"]);
} else {
  process.stdout.write(
    [
      "",
      "SupportCost: serving the add-in at https://localhost:3000 (no desktop Excel on this machine).",
      "To use it in Excel on the web:",
      "  1. Open https://localhost:3000/taskpane.html in the same browser once and accept the certificate",
      "     (or install Office's trusted dev certificate: sudo npx office-addin-dev-certs install).",
      "  2. Open a workbook in Excel on the web > Home > Add-ins > More Add-ins > My Add-ins >",
      "     Upload My Add-in, and choose manifest.xml from this folder.",
      "  3. Type =SUPPORTCOST. in a cell, or open Home > Support budget.",
      "Opening https://localhost:3000/taskpane.html outside Excel shows the pane's preview.",
      "",
    ].join("\n"),
  );
  run(bin("webpack"), ["serve", "--mode", "development"]);
}
