/**
 * The pane's i18n layer: FormatJS (react-intl). Every word a component shows comes from `useT()`;
 * numbers, dates and money from ../format, which follows the same locale.
 *
 * What loads when: the first load carries English for the pane's frame and the Scenarios tab only. The
 * other tabs' words (English, and Japanese when the pane speaks it) are chunks of their own, fetched from
 * the add-in's own server by `withTabWords` together with the tab that shows them. Each language's
 * messages live in one registry object that grows as chunks arrive; the provider hands it to
 * react-intl, which reads a message when it formats it, so a tab's words are there before it draws.
 */
import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { createIntl, IntlContext, IntlProvider, IntlShape } from "react-intl";
import { setFormatLocale } from "../format";
import { en, MessageKey, Messages } from "./en";
import { INTL_TAG, Locale, saveChoice } from "./locale";

/** Each language's messages as loaded so far (filled in place; never replaced). */
const registry: Record<Locale, Messages> = { en: { ...en }, ja: {} };
const loaded = { base: new Set<Locale>(["en"]), tabs: new Set<Locale>() };
/** Whether a tab's words were asked for: a language switch then loads them in the new language too. */
let tabsWanted = false;

async function loadBase(locale: Locale): Promise<void> {
  if (loaded.base.has(locale)) return;
  Object.assign(registry.ja, (await import(/* webpackChunkName: "i18n-ja" */ "./ja")).ja);
  loaded.base.add(locale);
}

async function loadTabs(locale: Locale): Promise<void> {
  if (loaded.tabs.has(locale)) return;
  const words = locale === "ja" ? (await import(/* webpackChunkName: "i18n-ja-tabs" */ "./ja/lazy")).jaLazy : (await import(/* webpackChunkName: "i18n-en-tabs" */ "./en/lazy")).enLazy;
  Object.assign(registry[locale], words);
  loaded.tabs.add(locale);
}

/** A loaded language: its locale and its messages. */
export interface Language {
  locale: Locale;
  messages: Messages;
}

/** Loads a language (Japanese from its own chunk, with the tabs' words if a tab was opened already). */
export async function loadLanguage(locale: Locale): Promise<Language> {
  await loadBase(locale);
  if (tabsWanted) await loadTabs(locale);
  return { locale, messages: registry[locale] };
}

let currentLocale: Locale = "en";

/**
 * Loads a tab's component together with the words of every tab in the pane's language (English always,
 * as the fallback of a component drawn outside the provider): `lazy(() => withTabWords(() => import(…)))`.
 */
export async function withTabWords<T>(load: () => Promise<T>): Promise<T> {
  tabsWanted = true;
  const [module] = await Promise.all([load(), loadTabs("en"), currentLocale === "en" ? undefined : loadTabs(currentLocale)]);
  return module;
}

/** Every tab's English at once: for tests that draw one tab's component on its own. */
export function loadAllEnglishNow(words: Messages): void {
  Object.assign(registry.en, words);
}

interface LanguageControl {
  locale: Locale;
  /** Switches the pane's language (kept in this browser profile); resolves once the catalog is in. */
  setLocale(locale: Locale): Promise<void>;
}

const LanguageContext = createContext<LanguageControl>({ locale: "en", setLocale: async () => undefined });

function applyLocale(locale: Locale): void {
  currentLocale = locale;
  setFormatLocale(locale);
  if (typeof document !== "undefined") document.documentElement.lang = INTL_TAG[locale];
}

export function I18nProvider({ initial, storage, children }: { initial: Language; storage?: Pick<Storage, "setItem">; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => {
    applyLocale(initial.locale);
    return initial;
  });
  const setLocale = useCallback(
    async (locale: Locale) => {
      saveChoice(storage, locale);
      const next = await loadLanguage(locale);
      applyLocale(next.locale);
      setLanguage(next);
    },
    [storage],
  );
  const control = useMemo(() => ({ locale: language.locale, setLocale }), [language.locale, setLocale]);
  return (
    <LanguageContext.Provider value={control}>
      <IntlProvider locale={INTL_TAG[language.locale]} defaultLocale="en-US" messages={language.messages as Record<string, string>}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageControl {
  return useContext(LanguageContext);
}

/** Values a message may interpolate. */
export type MessageValues = Record<string, string | number>;
/** Text for a key in the pane's language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** English, for a component drawn outside the provider (a unit test of one component). */
let english: IntlShape | undefined;
function englishIntl(): IntlShape {
  return (english ??= createIntl({ locale: "en-US", defaultLocale: "en-US", messages: registry.en as Record<string, string> }));
}

export function useT(): Translate {
  const intl = useContext(IntlContext) ?? englishIntl();
  return useCallback((key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values), [intl]);
}

/** Text for a key outside React (a reducer's message): in English unless given the pane's translate. */
export const englishT: Translate = (key, values) => englishIntl().formatMessage({ id: key }, values);
