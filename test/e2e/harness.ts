/**
 * Serving the production build and driving it in Debian's headless Chromium, offline: every request
 * that is not to 127.0.0.1 is either office.js (answered from @microsoft/office-js's dist folder, as
 * the CDN would) or aborted and recorded.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import http from "http";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import { BrowserContext, chromium, Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const CHROMIUM = "/usr/bin/chromium";

/** Fails loudly (never skips) when the build the tests need is missing. */
export function requireBuild(): void {
  const missing = ["taskpane.html", "taskpane.js", "functions.js"].filter((f) => !existsSync(path.join(DIST, f)));
  if (missing.length > 0) {
    throw new Error(`dist/ is missing ${missing.join(", ")}: run "npx webpack --mode production" (npm test builds first) before the e2e tests.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** dist/ over http on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<Served> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(DIST, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every non-local request, in order, and whether it was office.js's own (served) or aborted. */
  remote: { url: string; officeJs: boolean }[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.hostname === "127.0.0.1" || u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:";
  } catch {
    return false;
  }
}

export async function openBrowser(options: { colorScheme?: "light" | "dark"; locale?: string } = {}): Promise<Session> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "supportcost-chromium-"));
  // A fresh profile per run: nothing cached, nothing signed in.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 380, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    // The browser's language (navigator.language), which the preview takes as Office's display language.
    locale: options.locale ?? "en-US",
  });
  const remote: Session["remote"] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      const file = path.join(OFFICE_DIST, path.normalize(rel));
      if (file.startsWith(OFFICE_DIST) && existsSync(file) && statSync(file).isFile()) {
        remote.push({ url, officeJs: true });
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "text/javascript", body: readFileSync(file) });
      }
    }
    remote.push({ url, officeJs: isOfficeJsOwn(url) });
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    remote,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Requests office.js makes by itself outside Office: files from its own CDN host (its folder, and
 * the telemetry frame it may try, which fails harmlessly offline). Anything else came from our code.
 */
/**
 * Requests office.js makes by itself outside Office: its own scripts from the CDN, and now and then
 * its telemetry frame (blocked like everything else; it fails harmlessly offline).
 */
const OFFICE_JS_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";

export function isOfficeJsOwn(url: string): boolean {
  const host = new URL(url).hostname;
  return host === new URL(OFFICE_CDN).hostname || host === OFFICE_JS_TELEMETRY_HOST;
}
