/**
 * Task pane entry: wait for Office (or learn we are outside it), pick the theme, render. No logic here.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { detectHost, HostInfo, ThemeMode } from "../workbook/host";
import type { MemoryWorkbook } from "../workbook/memory";
import { App } from "./components/App";
import { I18nProvider, Language, loadLanguage } from "./i18n/I18n";
import { localeOf, savedChoice } from "./i18n/locale";
import type { PreviewSheet } from "./previewSheets";

/** Marks the moment the pane became usable (read by the e2e tests and the bench). */
function markInteractive(): void {
  performance.mark("supportcost-interactive");
  document.documentElement.dataset.interactive = "true";
}

function Root({ host, language, previewSheets }: { host: HostInfo; language: Language; previewSheets?: () => PreviewSheet[] }) {
  const [theme, setTheme] = useState<ThemeMode>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const fluentTheme = theme === "dark" ? webDarkTheme : webLightTheme;
  useEffect(() => {
    // The page around the pane takes the theme's background too.
    document.body.style.margin = "0";
    document.body.style.background = fluentTheme.colorNeutralBackground1;
    document.documentElement.style.colorScheme = theme;
  }, [fluentTheme, theme]);
  return (
    <FluentProvider theme={fluentTheme} style={{ minHeight: "100vh" }} data-theme={theme}>
      <I18nProvider initial={language} storage={browserStorage()}>
      <App
        workbook={host.workbook}
        insideExcel={host.insideExcel}
        notice={host.notice}
        onReady={markInteractive}
        previewSheets={previewSheets}
      />
      </I18nProvider>
    </FluentProvider>
  );
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The pane's language: the user's own choice, else Office's display language (the browser's outside Excel). */
async function startLanguage(host: HostInfo): Promise<Language> {
  const locale = savedChoice(browserStorage()) ?? localeOf(host.displayLanguage);
  try {
    return await loadLanguage(locale);
  } catch {
    return loadLanguage("en"); // the catalog could not load: English, which is built in
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await detectHost();
  let sheets: (() => PreviewSheet[]) | undefined;
  if (!host.insideExcel) {
    // The preview's workbook, for people trying the pane and for the end-to-end tests to inspect.
    (window as unknown as { supportcostPreview?: unknown }).supportcostPreview = host.workbook;
    const { previewSheets } = await import(/* webpackChunkName: "preview-workbook" */ "./previewSheets");
    sheets = () => previewSheets(host.workbook as MemoryWorkbook);
  }
  const language = await startLanguage(host);
  createRoot(container).render(<Root host={host} language={language} previewSheets={sheets} />);
}

start().catch((error: unknown) => {
  const container = document.getElementById("root");
  if (container) container.textContent = `SupportCost could not start: ${error instanceof Error ? error.message : String(error)}`;
});
