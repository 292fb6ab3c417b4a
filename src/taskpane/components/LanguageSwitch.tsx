/**
 * The pane's language switch. The pane starts in Office's display language; this overrides it. Each
 * language is named in itself (English, 日本語), as language pickers do.
 */
import { Select } from "@fluentui/react-components";
import { useLanguage, useT } from "../i18n/I18n";
import { Locale, LOCALES } from "../i18n/locale";

const NATIVE_NAME: Record<Locale, string> = { en: "English", ja: "日本語" };

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLanguage();
  return (
    <Select
      size="small"
      value={locale}
      aria-label={t("app.language")}
      data-testid="language"
      onChange={(_, data) => void setLocale(data.value as Locale)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {NATIVE_NAME[l]}
        </option>
      ))}
    </Select>
  );
}
