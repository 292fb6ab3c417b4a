/**
 * Drawing one component of the pane in Japanese, for the jsdom tests of each tab: the language loaded
 * with every tab's words, the component inside the providers, and what is left in Latin words.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { ReactElement } from "react";
import { setFormatLocale } from "../../src/taskpane/format";
import { I18nProvider, Language, loadLanguage, withTabWords } from "../../src/taskpane/i18n/I18n";

/** Loads Japanese (with every tab's words: here each tab is drawn on its own) before the file's tests. */
export function useJapanese(): { showJa: (ui: ReactElement) => ReturnType<typeof render> } {
  let ja: Language | undefined;
  beforeAll(async () => {
    await withTabWords(async () => undefined);
    ja = await loadLanguage("ja");
  });
  afterEach(() => setFormatLocale("en"));
  return {
    showJa: (ui) =>
      render(
        <I18nProvider initial={ja!}>
          <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
        </I18nProvider>,
      ),
  };
}

/** What a reader (or a screen reader) gets in Latin words of three letters or more, once `allowed` is taken out. */
export function englishLeft(container: HTMLElement, allowed: RegExp): string[] {
  const texts = [container.textContent ?? ""];
  container.querySelectorAll("*").forEach((el) => {
    for (const attr of ["aria-label", "title", "placeholder"]) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
  });
  // An SVG's <title> and <desc> are in textContent already.
  return texts.flatMap((t) => t.replace(allowed, "").match(/[A-Za-z]{3,}/g) ?? []);
}
