/**
 * The workbook's display currency: the pane converts every total at the price book's dated rate and says
 * which rate it used; prices stay in US dollars, as vendors bill them. The choice is saved in the workbook
 * (SupportCost_Currency), so everyone who opens it sees the same currency.
 */
import { Select, Text } from "@fluentui/react-components";
import { Currency } from "../../model/currency/codes";
import { FxRate } from "../../model/currency/rate";
import { useLanguage, useT } from "../i18n/I18n";
import { INTL_TAG } from "../i18n/locale";

export function CurrencySwitch({ currency, currencies, onChange, disabled }: { currency: Currency; currencies: readonly Currency[]; onChange: (c: Currency) => void; disabled?: boolean }) {
  const t = useT();
  return (
    <Select size="small" value={currency} aria-label={t("app.currency")} data-testid="display-currency" disabled={disabled} onChange={(_, data) => onChange(data.value as Currency)}>
      {currencies.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </Select>
  );
}

/** "Amounts in JPY at 1 USD = 156.22 JPY (source, as of 2026-12-01); prices stay in US dollars." */
export function RateLine({ rate }: { rate: FxRate }) {
  const t = useT();
  const { locale } = useLanguage();
  if (rate.currency === "USD") return null;
  const amount = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 6 }).format(rate.amount);
  return (
    <Text size={200} data-testid="rate-line" data-source={rate.source}>
      {t("app.rateLine", { currency: rate.currency, rate: amount, source: rate.source, asOf: rate.asOf })}
    </Text>
  );
}
