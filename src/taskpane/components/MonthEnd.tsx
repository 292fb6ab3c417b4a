import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
// File by file rather than the model's index files, so the tab's chunk carries only what it uses.
import { ImportedActuals, ImportError, alignActuals } from "../../model/actuals/imports";
import { Explanation, checkInvoices, InvoiceCheck } from "../../model/actuals/invoiceCheck";
import { Landing, landingOf } from "../../model/actuals/landing";
import { PlannedMonth, varianceOf, VarianceRow } from "../../model/actuals/variance";
import type { PriceBook } from "../../model/pricebook/types";
import { conversationsInMonth, stackOf } from "../../model/scenario/price";
import type { Scenario } from "../../model/scenario/drivers";
import { ACTUALS_SHEET, ACTUALS_TABLE, readActualsTable } from "../../workbook/actualsLayout";
import { describeWorkbookError, WorkbookPort } from "../../workbook/port";
import { formatCount, formatDifference, formatMoney, formatMonth, formatPercent } from "../format";
import { Translate, useT } from "../i18n/I18n";
import { useChartStyles } from "./chartParts";
import { useFitStyles } from "./fit";
import { NumberField } from "./NumberField";

const MonthEndChart = lazy(() => import(/* webpackChunkName: "month-end-chart" */ "./MonthEndChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  check: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

interface Props {
  scenarios: Scenario[];
  /** The scenario the pane has selected: the plan until another is picked here. */
  selectedId: string;
  book: PriceBook;
  workbook: WorkbookPort;
}

/** Paths of the landing's simulation: steady P90s, quick enough to redraw as fields change. */
const LANDING_PATHS = 4000;

/** What the table held when last read. */
interface Read {
  imported: ImportedActuals;
  address: string;
}

type Notice = { tone: "success" | "info" | "error"; text: string };

/** An explanation of the invoice check, in the pane's language from its figures. */
export function explanationText(t: Translate, e: Explanation): string {
  switch (e.rule) {
    case "minimum":
      return t("monthEnd.explainMinimum", { minimum: formatCount(e.minimum), unit: t(`monthEnd.unit.${e.unit}`) });
    case "packs":
      return t(e.packs > 0 ? "monthEnd.explainPacksMore" : "monthEnd.explainPacksFewer", { packs: Math.abs(e.packs), vendor: e.vendor, total: formatCount(e.modelPacks + e.packs), size: formatCount(e.size), model: formatCount(e.modelPacks) });
    case "spend-cap":
      return t("monthEnd.explainCap", { cap: formatMoney(e.cap) });
    case "outcome-price":
      return e.rate === 0
        ? t("monthEnd.explainOutcomeFree", { outcome: t(`monthEnd.outcome.${e.outcome}`), bookRate: formatMoney(e.bookRate) })
        : t("monthEnd.explainOutcome", { outcome: t(`monthEnd.outcome.${e.outcome}`), rate: formatMoney(e.rate), bookRate: formatMoney(e.bookRate) });
    case "seats":
      return t("monthEnd.explainSeats", { seats: formatCount(e.seats), bookSeats: formatCount(e.bookSeats) });
    case "billing":
      return t(e.billing === "monthly" ? "monthEnd.explainBillingMonthly" : "monthEnd.explainBillingAnnual");
    case "count":
      return t(e.units > 0 ? "monthEnd.explainCountMore" : "monthEnd.explainCountFewer", { units: formatCount(Math.abs(e.units)), unit: t(`monthEnd.unit.${e.unit}`), billed: formatCount(e.counted + e.units), counted: formatCount(e.counted) });
  }
}

interface Figures {
  months: string[];
  rows: VarianceRow[];
  checks: InvoiceCheck[];
  landing: Landing;
}

/**
 * Month-end: the workbook's actuals against a saved scenario (the plan) — the variance bridge month by
 * month and year to date as a waterfall, the invoice check with the rules that explain a gap, and the
 * year-end landing with its spread and the chance of exceeding the annual budget.
 */
export default function MonthEnd({ scenarios, selectedId, book, workbook }: Props) {
  const t = useT();
  const styles = useStyles();
  const chart = useChartStyles();
  const fit = useFitStyles();
  const [planId, setPlanId] = useState(selectedId);
  const plan = scenarios.find((s) => s.id === planId) ?? scenarios.find((s) => s.id === selectedId) ?? scenarios[0];
  const [busy, setBusy] = useState<"create" | "read">();
  const [notice, setNotice] = useState<Notice>();
  const [read, setRead] = useState<Read>();
  const [tolerance, setTolerance] = useState(1);
  const [budget, setBudget] = useState(Number.NaN);
  const [period, setPeriod] = useState<string>("last");
  const toleranceProblem = !(tolerance >= 0 && Number.isFinite(tolerance)) ? t("monthEnd.toleranceProblem") : undefined;
  const budgetProblem = !Number.isNaN(budget) && !(budget >= 0 && Number.isFinite(budget)) ? t("monthEnd.budgetProblem") : undefined;
  const d = plan.drivers;

  const stack = useMemo(() => {
    try {
      return { ok: stackOf(d, book) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [d, book]);

  const aligned = useMemo(() => (read ? alignActuals(read.imported.months, d.firstMonth, d.horizonMonths) : undefined), [read, d.firstMonth, d.horizonMonths]);

  const figures = useMemo((): { ok: Figures } | { error: string } | undefined => {
    if (!aligned?.ok || !("ok" in stack) || !stack.ok) return undefined;
    try {
      const planned: PlannedMonth[] = Array.from({ length: d.horizonMonths }, (_, i) => ({ conversations: conversationsInMonth(d, i + 1), involvement: d.aiInvolvementPct / 100, resolution: d.aiResolutionPct / 100 }));
      const { plans, terms } = stack.ok;
      const tol = toleranceProblem ? 1 : tolerance;
      return {
        ok: {
          months: aligned.months,
          rows: varianceOf(plans, terms, planned, aligned.actual, { tolerance: tol }),
          checks: checkInvoices(plans, terms, aligned.actual, { tolerance: tol }),
          landing: landingOf(plans, terms, planned, aligned.actual, { budget: Number.isNaN(budget) || budgetProblem ? undefined : budget, paths: LANDING_PATHS, seed: 17 }),
        },
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [aligned, stack, d, tolerance, toleranceProblem, budget, budgetProblem]);

  const create = async () => {
    if (!workbook.createActualsTable) return setNotice({ tone: "error", text: t("monthEnd.noWorkbookTable") });
    setBusy("create");
    try {
      const r = await workbook.createActualsTable(d.firstMonth, d.horizonMonths);
      setNotice({ tone: r.created ? "success" : "info", text: t(r.created ? "monthEnd.created" : "monthEnd.exists", { table: r.tableName, sheet: r.sheetName, months: r.months }) });
    } catch (error) {
      setNotice({ tone: "error", text: t("monthEnd.workbookError", { message: describeWorkbookError("create the actuals table", error) }) });
    } finally {
      setBusy(undefined);
    }
  };

  const readTable = async () => {
    if (!workbook.readActualsTable) return setNotice({ tone: "error", text: t("monthEnd.noWorkbookTable") });
    setBusy("read");
    try {
      const values = await workbook.readActualsTable();
      if (!values) {
        setRead(undefined);
        setNotice({ tone: "info", text: t("monthEnd.noTable") });
        return;
      }
      const imported = readActualsTable(values.values);
      setRead({ imported, address: values.address });
      setNotice({ tone: "success", text: t("monthEnd.readFrom", { months: imported.months.filter((m) => m.invoice !== null || m.conversations !== null).length, address: values.address }) });
      setPeriod("last");
    } catch (error) {
      setRead(undefined);
      setNotice({ tone: "error", text: error instanceof ImportError ? t("monthEnd.cannotRead", { message: error.message }) : t("monthEnd.workbookError", { message: describeWorkbookError("read the actuals table", error) }) });
    } finally {
      setBusy(undefined);
    }
  };

  const ok = figures && "ok" in figures ? figures.ok : undefined;
  const shown = ok ? (period === "last" ? ok.rows[ok.rows.length - 1] : ok.rows.find((r) => String(r.month) === period) ?? ok.rows[ok.rows.length - 1]) : undefined;
  const label = (r: VarianceRow) => (r.month === "YTD" ? t("monthEnd.ytd") : formatMonth(ok!.months[r.month - 1]));

  return (
    <div className={styles.root} data-testid="month-end">
      <h2 className={styles.h2}>{t("monthEnd.heading")}</h2>
      <Text size={200} className={styles.note}>
        {t("monthEnd.intro")}
      </Text>
      <Field label={t("monthEnd.plan")}>
        <Select className={fit.root} select={{ className: fit.control }} value={plan.id} onChange={(_, data) => setPlanId(data.value)} data-testid="month-end-plan">
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name.trim() || t("monthEnd.noName")}
            </option>
          ))}
        </Select>
      </Field>
      {"ok" in stack && stack.ok ? (
        <Text size={200} className={styles.note} data-testid="month-end-plan-line">
          {t("monthEnd.planLine", { stack: stack.ok.id, seats: formatCount(d.seats), first: formatMonth(d.firstMonth), months: d.horizonMonths })}
        </Text>
      ) : (
        <MessageBar intent="error" data-testid="month-end-plan-problem">
          <MessageBarBody>{t("monthEnd.planProblem", { problem: "error" in stack ? (stack.error ?? "") : "" })}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button onClick={create} disabled={busy !== undefined} data-testid="create-actuals">
          {t(busy === "create" ? "monthEnd.creating" : "monthEnd.create")}
        </Button>
        <Text size={200} className={styles.note}>
          {t("monthEnd.createHelp", { sheet: ACTUALS_SHEET, table: ACTUALS_TABLE })}
        </Text>
        <Button appearance="primary" onClick={readTable} disabled={busy !== undefined} data-testid="read-actuals">
          {t(busy === "read" ? "monthEnd.reading" : "monthEnd.read")}
        </Button>
        <Text size={200} className={styles.note}>
          {t("monthEnd.readHelp")}
        </Text>
      </div>

      {notice && (
        <MessageBar intent={notice.tone} layout="multiline" data-testid="month-end-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {read && read.imported.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="month-end-row-problems">
          <MessageBarBody>
            <MessageBarTitle>{t("monthEnd.rowProblemsTitle", { count: read.imported.problems.length })}</MessageBarTitle>
            {t("monthEnd.rowProblemsBody")}
            <ul className={styles.list}>
              {read.imported.problems.map((p) => (
                <li key={p.line}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {aligned && !aligned.ok && (
        <MessageBar intent="warning" layout="multiline" data-testid="month-end-not-usable">
          <MessageBarBody>
            <MessageBarTitle>{t("monthEnd.notUsableTitle")}</MessageBarTitle>
            <ul className={styles.list}>
              {aligned.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {figures && "error" in figures && (
        <MessageBar intent="error" data-testid="month-end-error">
          <MessageBarBody>{t("monthEnd.modelError", { message: figures.error })}</MessageBarBody>
        </MessageBar>
      )}

      {ok && shown && (
        <>
          <section className={styles.root} aria-label={t("monthEnd.varianceHeading")}>
            <h3 className={styles.h3}>{t("monthEnd.varianceHeading")}</h3>
            <Field label={t("monthEnd.period")}>
              <Select className={fit.root} select={{ className: fit.control }} value={period === "last" ? String(shown.month) : period} onChange={(_, data) => setPeriod(data.value)} data-testid="month-end-period">
                {ok.rows.map((r) => (
                  <option key={String(r.month)} value={String(r.month)}>
                    {label(r)}
                  </option>
                ))}
              </Select>
            </Field>
            <dl className={styles.check} data-testid="month-end-bridge" data-month={String(shown.month)}>
              {(
                [
                  ["planned", "monthEnd.planned", formatMoney(shown.planned), shown.planned],
                  ["volume", "monthEnd.volumeEffect", formatDifference(shown.volumeEffect), shown.volumeEffect],
                  ["rate", "monthEnd.rateEffect", formatDifference(shown.rateEffect), shown.rateEffect],
                  ["billing", "monthEnd.billingEffect", formatDifference(shown.billingEffect), shown.billingEffect],
                  ["invoice", "monthEnd.invoice", formatMoney(shown.invoice), shown.invoice],
                ] as const
              ).map(([key, name, text, value]) => (
                <div key={key} style={{ display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS }}>
                  <dt>{t(name)}</dt>
                  <dd style={{ margin: 0, fontVariantNumeric: "tabular-nums" }} data-testid={`bridge-${key}`} data-value={value}>
                    {text}
                  </dd>
                </div>
              ))}
            </dl>
            <Text size={200} className={styles.note}>
              {t("monthEnd.varianceNote")}
            </Text>
            <Suspense fallback={null}>
              <MonthEndChart rows={ok.rows} row={shown} months={ok.months} />
            </Suspense>
          </section>

          <section className={styles.root} aria-label={t("monthEnd.checkHeading")}>
            <h3 className={styles.h3}>{t("monthEnd.checkHeading")}</h3>
            <div className={styles.fields}>
              <NumberField label={t("monthEnd.tolerance")} hint={t("monthEnd.toleranceHint")} value={tolerance} error={toleranceProblem} onChange={setTolerance} testId="month-end-tolerance" draftKey="monthEnd:tolerance" />
            </div>
            <ul className={styles.list} data-testid="invoice-checks">
              {ok.checks.map((c) => (
                <li key={c.month} className={styles.check} data-testid="invoice-check" data-flagged={c.flagged ? "true" : "false"}>
                  <span>
                    {t(c.flagged ? "monthEnd.checkDiffers" : "monthEnd.checkMatches", {
                      month: formatMonth(ok.months[c.month - 1]),
                      invoice: formatMoney(c.invoice),
                      modelled: formatMoney(c.modelled),
                      difference: formatDifference(c.difference),
                    })}
                  </span>
                  {c.flagged &&
                    (c.explanations.length > 0 ? (
                      c.explanations.map((e, i) => (
                        <Text size={200} key={i} data-testid="invoice-explanation" data-rule={e.rule}>
                          {explanationText(t, e)}
                        </Text>
                      ))
                    ) : (
                      <Text size={200} className={styles.note} data-testid="invoice-unexplained">
                        {t("monthEnd.noExplanation")}
                      </Text>
                    ))}
                </li>
              ))}
            </ul>
          </section>

          <section className={styles.root} aria-label={t("monthEnd.landingHeading")}>
            <h3 className={styles.h3}>{t("monthEnd.landingHeading")}</h3>
            <div className={styles.fields}>
              <NumberField label={t("monthEnd.budget")} hint={t("monthEnd.budgetHint")} value={budget} error={budgetProblem} onChange={setBudget} testId="month-end-budget" draftKey="monthEnd:budget" optional />
            </div>
            <div className={chart.tableWrap} role="region" aria-label={t("monthEnd.landingLabel")} tabIndex={0}>
              <table className={chart.table} data-testid="landing-table">
                <tbody>
                  {(
                    [
                      ["actual", "monthEnd.actualToDate", formatMoney(ok.landing.actualToDate), ok.landing.actualToDate],
                      ["remaining", "monthEnd.remaining", formatCount(ok.landing.remainingMonths), ok.landing.remainingMonths],
                      ["landing", "monthEnd.landing", formatMoney(ok.landing.landing), ok.landing.landing],
                      ["p50", "monthEnd.p50", formatMoney(ok.landing.landingP50), ok.landing.landingP50],
                      ["p90", "monthEnd.p90", formatMoney(ok.landing.landingP90), ok.landing.landingP90],
                    ] as const
                  ).map(([key, name, text, value]) => (
                    <tr key={key}>
                      <th scope="row">{t(name)}</th>
                      <td data-testid={`landing-${key}`} data-value={value}>
                        {text}
                      </td>
                    </tr>
                  ))}
                  {ok.landing.probabilityOverBudget !== null && (
                    <tr>
                      <th scope="row">{t("monthEnd.overBudget")}</th>
                      <td data-testid="landing-over-budget" data-value={ok.landing.probabilityOverBudget}>
                        {formatPercent(ok.landing.probabilityOverBudget)}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
            <Text size={200} className={styles.note}>
              {t("monthEnd.landingNote", { months: ok.landing.remainingMonths, runRate: formatPercent(ok.landing.runRate), paths: formatCount(LANDING_PATHS) })}
            </Text>
          </section>
        </>
      )}
    </div>
  );
}
