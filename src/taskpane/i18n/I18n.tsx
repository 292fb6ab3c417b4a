/**
 * The pane's i18n layer: FormatJS (react-intl) with one catalog per language. English ships with the
 * first load; Japanese is its own chunk, fetched from the add-in's own server when needed (no other
 * host). Every word a component shows comes from `useT()`; numbers, dates and money from ../format,
 * which follows the same locale.
 */
import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { createIntl, IntlContext, IntlProvider, IntlShape } from "react-intl";
import { setFormatLocale } from "../format";
import { Catalog, en, MessageKey } from "./en";
import { INTL_TAG, Locale, saveChoice } from "./locale";

/** A loaded language: its locale and catalog. */
export interface Language {
  locale: Locale;
  messages: Catalog;
}

/** Loads a language's catalog (Japanese from its own chunk) and points the number formats at it. */
export async function loadLanguage(locale: Locale): Promise<Language> {
  const messages = locale === "ja" ? (await import(/* webpackChunkName: "i18n-ja" */ "./ja")).ja : en;
  return { locale, messages };
}

interface LanguageControl {
  locale: Locale;
  /** Switches the pane's language (kept in this browser profile); resolves once the catalog is in. */
  setLocale(locale: Locale): Promise<void>;
}

const LanguageContext = createContext<LanguageControl>({ locale: "en", setLocale: async () => undefined });

function applyLocale(locale: Locale): void {
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
      <IntlProvider locale={INTL_TAG[language.locale]} defaultLocale="en-US" messages={language.messages}>
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
  return (english ??= createIntl({ locale: "en-US", defaultLocale: "en-US", messages: en }));
}

export function useT(): Translate {
  const intl = useContext(IntlContext) ?? englishIntl();
  return useCallback((key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values), [intl]);
}

/** Text for a key outside React (a reducer's message): in English unless given the pane's translate. */
export const englishT: Translate = (key, values) => englishIntl().formatMessage({ id: key }, values);
