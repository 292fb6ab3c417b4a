/**
 * The one place that answers "am I inside Excel?" and "which theme does Office use?". Office.onReady
 * resolves with host null when the page is opened in an ordinary browser: then the pane runs its
 * preview against an in-memory workbook.
 */
import type { MemoryWorkbook, PortOperation } from "./memory";
import { WorkbookPort } from "./port";

export type ThemeMode = "light" | "dark";

export interface HostInfo {
  insideExcel: boolean;
  workbook: WorkbookPort;
  /** The theme now, and a way to hear about changes (Office theme or the browser's colour scheme). */
  theme: ThemeMode;
  onThemeChange(listener: (mode: ThemeMode) => void): void;
  /** Something the user should know about this host before using the pane, if anything. */
  notice?: string;
  /** Office's display language ("ja-JP"); outside Excel, the browser's language. */
  displayLanguage?: string;
}

import { REQUIRED_EXCEL_API } from "./requirements";

export { REQUIRED_EXCEL_API };

/** Dark when the background is dark: relative luminance of a "#RRGGBB" colour below one half. */
export function themeFromBackground(color: string | undefined): ThemeMode | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

function browserTheme(): ThemeMode {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function officeReady(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  return Office.onReady().then((info) => info.host ?? null);
}

/** Preview-only switches from the page address, e.g. ?fail=writePlan to see how errors are shown. */
async function previewWorkbook(search: string): Promise<MemoryWorkbook> {
  // Loaded only for the preview: inside Excel the pane never needs the in-memory workbook (and vice versa).
  const { MemoryWorkbook } = await import(/* webpackChunkName: "preview-workbook" */ "./memory");
  const workbook = new MemoryWorkbook();
  const params = new URLSearchParams(search);
  for (const op of (params.get("fail") ?? "").split(",").filter(Boolean)) workbook.failing.add(op as PortOperation);
  // ?selection=1200,,1300,n/a : the selected column's cells (blank between commas; numbers, else text).
  const selection = params.get("selection");
  if (selection !== null) {
    const cells = selection.split(",").map((t) => [t.trim() === "" ? "" : Number.isFinite(Number(t)) ? Number(t) : t]);
    workbook.selection = { address: `History!B2:B${cells.length + 1}`, values: cells };
  }
  const stored = params.get("stored");
  if (stored !== null) workbook.setStoredText(stored);
  return workbook;
}

export async function detectHost(): Promise<HostInfo> {
  const host = await officeReady();
  // Compared as text: outside Office there may be no Office.HostType to compare with.
  if (host !== null && String(host) === "Excel") {
    const officeTheme = themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
    const supported = Office.context.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) ?? false;
    return {
      insideExcel: true,
      displayLanguage: Office.context.displayLanguage,
      workbook: new (await import(/* webpackChunkName: "excel-workbook" */ "./excel")).ExcelWorkbook(),
      notice: supported
        ? undefined
        : `This version of Excel lacks ExcelApi ${REQUIRED_EXCEL_API}, which writing plans, summaries and saved scenarios needs. Scenarios can be edited and compared, but workbook actions may fail; update Excel to use them.`,
      theme: officeTheme ?? browserTheme(),
      onThemeChange(listener) {
        // Excel fires no OfficeThemeChanged event (Microsoft documents it for PowerPoint and Outlook), and
        // Excel on the web may have no officeTheme at all: read the theme again whenever the pane comes
        // back (focus, or shown again in the shared runtime), falling back to the system's light/dark.
        let last = officeTheme ?? browserTheme();
        const recheck = () => {
          const now = themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor) ?? browserTheme();
          if (now !== last) listener((last = now));
        };
        window.addEventListener("focus", recheck);
        document.addEventListener("visibilitychange", recheck);
        window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener("change", recheck);
        try {
          void Office.addin?.onVisibilityModeChanged?.((args) => {
            if (String(args.visibilityMode) === "Taskpane") recheck();
          });
        } catch {
          // Hosts without SharedRuntime 1.1 have no visibility event; focus still rechecks.
        }
      },
    };
  }
  return {
    insideExcel: false,
    displayLanguage: typeof navigator !== "undefined" ? navigator.language : undefined,
    workbook: await previewWorkbook(typeof location !== "undefined" ? location.search : ""),
    theme: browserTheme(),
    onThemeChange(listener) {
      window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener("change", (e) => listener(e.matches ? "dark" : "light"));
    },
  };
}
