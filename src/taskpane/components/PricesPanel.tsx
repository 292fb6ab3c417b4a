import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { EDITIONS } from "../../model/pricebook/builtin";
import { failureText } from "../analysis";
import { useDrafts } from "../drafts";
import { numberText } from "../format";
import { useT } from "../i18n/I18n";
import { useProblemText } from "../i18n/problems";
import { notANumberMessage, numberFromText } from "../parseInput";
import { agingMessage, amountProblem, editionLabel, PriceRowView, priceRowViews, PricesInUse, pricesDescription } from "../prices";
import { useFitStyles } from "./fit";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
  wrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top", textAlign: "left" },
    "& thead th": { fontWeight: tokens.fontWeightSemibold },
  },
  amount: { minWidth: "88px", maxWidth: "120px" },
  sub: { display: "block", color: tokens.colorNeutralForeground2 },
  stale: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

interface Props {
  prices: PricesInUse;
  today: Date;
  busy: boolean;
  /** Writes a built-in edition as the workbook's book; rejects with the workbook's reason (e.g. one exists). */
  onWrite: (editionId: string) => Promise<void>;
  /** Sets one Amount cell, then re-reads the book; rejects with the workbook's reason. */
  onSetAmount: (sheetRow: number, amount: number) => Promise<void>;
}

/**
 * The workbook's price book: which book the pane prices with, writing a built-in edition into the
 * workbook, and a compact editor of its amounts (each edit goes to the sheet's Amount cell).
 */
export default function PricesPanel({ prices, today, busy, onWrite, onSetAmount }: Props) {
  const styles = useStyles();
  const fit = useFitStyles();
  const t = useT();
  const [edition, setEdition] = useState(EDITIONS[0].id);
  const [writeMessage, setWriteMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [writing, setWriting] = useState(false);
  const aging = agingMessage(prices.book, today, t);
  const rows = prices.table ? priceRowViews(prices.table.rows, today) : [];

  const write = async () => {
    setWriting(true);
    setWriteMessage(undefined);
    try {
      await onWrite(edition);
      const written = EDITIONS.find((e) => e.id === edition);
      setWriteMessage({ tone: "success", text: t("prices.written", { edition: written ? editionLabel(written, t) : "undefined" }) });
    } catch (error) {
      setWriteMessage({ tone: "error", text: failureText(t, t("prices.action.write"), error) });
    } finally {
      setWriting(false);
    }
  };

  return (
    <div className={styles.root} data-testid="prices-panel">
      <h2 className={styles.h2}>{t("prices.heading")}</h2>
      <Text size={200} data-testid="prices-in-use" data-origin={prices.origin}>
        {t("prices.inUse", { book: pricesDescription(prices, t) })} {aging}
      </Text>

      <div className={styles.actions}>
        <h3 className={styles.h3}>{t("prices.writeHeading")}</h3>
        <Field label={t("prices.edition")} hint={t("prices.editionHint")}>
          <Select className={fit.root} value={edition} onChange={(_, d) => setEdition(d.value)} data-testid="edition">
            {EDITIONS.map((e) => (
              <option key={e.id} value={e.id}>
                {t("prices.editionOption", { label: editionLabel(e, t), asOf: e.asOf })}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={write} disabled={busy || writing} data-testid="write-prices">
          {writing ? t("prices.writing") : t("prices.write")}
        </Button>
        {writeMessage && (
          <Text role={writeMessage.tone === "error" ? "alert" : "status"} size={200} data-testid="write-prices-message" data-tone={writeMessage.tone}>
            {writeMessage.tone === "error" ? t("prices.notWritten", { message: writeMessage.text }) : writeMessage.text}
          </Text>
        )}
      </div>

      {prices.table ? (
        <>
          <h3 className={styles.h3}>{t("prices.tableHeading")}</h3>
          <Text size={200} className={styles.note}>
            {t("prices.tableHelp", { address: prices.table.address })}
          </Text>
          <div className={styles.wrap} role="region" aria-label={t("prices.region")} tabIndex={0}>
            <table className={styles.table} data-testid="prices-table">
              <thead>
                <tr>
                  <th scope="col">{t("prices.col.price")}</th>
                  <th scope="col">{t("prices.col.amount")}</th>
                  <th scope="col">{t("prices.col.source")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.sheetRow} data-testid={`price-row-${r.sheetRow}`} data-plan={r.planId} data-item={r.item}>
                    <th scope="row" style={{ fontWeight: "normal" }}>
                      {r.plan || r.planId}
                      <span className={styles.sub}>{r.item}</span>
                    </th>
                    <td>
                      <AmountInput row={r} disabled={busy} onSet={onSetAmount} className={styles.amount} />
                      <span className={styles.sub}>{r.unit}</span>
                    </td>
                    <td>
                      {r.source}
                      <span className={styles.sub}>{t("prices.asOf", { asOf: r.asOf })}</span>
                      {r.stale && (
                        <span className={styles.stale} data-testid="stale-flag">
                          {t("prices.staleFlag")}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <Text size={200} className={styles.note} data-testid="no-workbook-book">
          {t("prices.noWorkbookBook")}
        </Text>
      )}
    </div>
  );
}

/** amountProblem's own sentences in the pane's language; the number reader's through problemText. */
function amountText(message: string | undefined, t: ReturnType<typeof useT>, problemText: (m: string | undefined) => string | undefined): string | undefined {
  if (message === "Amount must be a number.") return t("prices.amountNotNumber");
  if (message === "Amount must be 0 or more.") return t("prices.amountNegative");
  return problemText(message);
}

function cellText(amount: unknown): string {
  if (typeof amount === "number") return numberText(amount);
  return amount === undefined || amount === null ? "" : String(amount);
}

interface AmountProps {
  row: PriceRowView;
  disabled: boolean;
  onSet: (sheetRow: number, amount: number) => Promise<void>;
  className: string;
}

/**
 * One Amount cell: keeps what was typed (also across tab switches), checks it next to the field, and
 * writes it on Enter or when the field is left. A new value read from the sheet replaces the text
 * only when the user has not typed something else meanwhile.
 */
function AmountInput({ row, disabled, onSet, className }: AmountProps) {
  const drafts = useDrafts();
  const t = useT();
  const problemText = useProblemText();
  const key = `prices:${row.sheetRow}`;
  const [text, setText] = useState(() => drafts.get(key) ?? cellText(row.amount));
  const [writeError, setWriteError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const seen = useRef(row.amount);
  useEffect(() => {
    const before = seen.current;
    seen.current = row.amount;
    if (before === row.amount) return;
    // Follow the sheet when the field still shows what the sheet held before (nothing typed since).
    if (text === cellText(before) || numberFromText(text) === row.amount) {
      setText(cellText(row.amount));
      drafts.set(key, cellText(row.amount));
    }
  }, [row.amount]);

  const parsed = numberFromText(text);
  const problem = amountProblem(parsed, notANumberMessage(t("prices.amountName"), text));
  const message = problem ?? writeError;

  const commit = async () => {
    if (problem || parsed === undefined || parsed === row.amount || saving) return;
    setSaving(true);
    setWriteError(undefined);
    try {
      await onSet(row.sheetRow, parsed);
    } catch (error) {
      setWriteError(failureText(t, t("prices.action.setPrice"), error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Field validationState={message ? "error" : "none"} validationMessage={amountText(message, t, problemText)}>
      <Input
        className={className}
        input={{ style: { minWidth: 0, width: "100%" } }}
        value={text}
        inputMode="decimal"
        disabled={disabled}
        aria-label={t("prices.amountLabel", { plan: row.plan || row.planId, item: row.item, unit: row.unit })}
        data-testid={`price-amount-${row.sheetRow}`}
        onChange={(_, d) => {
          setText(d.value);
          drafts.set(key, d.value);
          setWriteError(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") void commit();
        }}
        onBlur={() => void commit()}
      />
    </Field>
  );
}
