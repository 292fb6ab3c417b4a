/**
 * Which language the pane speaks. It follows Office's display language (in the browser preview, the
 * browser's), with English as the fallback; the pane's switch overrides it for this browser profile.
 */
export type Locale = "en" | "ja";

export const LOCALES: readonly Locale[] = ["en", "ja"];

/** The BCP 47 tag Intl formats with: dates as "Jan 2027" or "2027年1月", numbers, percents. */
export const INTL_TAG: Record<Locale, string> = { en: "en-US", ja: "ja-JP" };

/** The language a display-language tag asks for: "ja", "ja-JP" → ja; anything else → en. */
export function localeOf(tag: string | undefined): Locale {
  return typeof tag === "string" && /^ja(?:[-_]|$)/i.test(tag.trim()) ? "ja" : "en";
}

const CHOICE_KEY = "supportcost.language";

/** The user's own choice from the pane's switch, if they made one (kept in this browser profile only). */
export function savedChoice(storage: Pick<Storage, "getItem"> | undefined): Locale | undefined {
  try {
    const v = storage?.getItem(CHOICE_KEY);
    return v === "en" || v === "ja" ? v : undefined;
  } catch {
    return undefined; // storage blocked (private mode, a locked-down profile): follow Office
  }
}

export function saveChoice(storage: Pick<Storage, "setItem"> | undefined, locale: Locale): void {
  try {
    storage?.setItem(CHOICE_KEY, locale);
  } catch {
    // Nothing to do: the switch still applies to this session.
  }
}
