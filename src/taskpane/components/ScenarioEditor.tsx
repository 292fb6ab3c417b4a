import { Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { DEFAULT_STACKS } from "../../model/pricebook/compare";
import { PriceBook } from "../../model/pricebook/types";
import { FieldErrors, isMonth, MAX_HORIZON, MIN_HORIZON, MONTH_NAMES, parseMonthInput, Scenario, ScenarioDrivers } from "../../model/scenario";
import { DEFAULT_STAFFING } from "../../model/scenario/staffing";
import { formatMonth } from "../format";
import { useLanguage, useT } from "../i18n/I18n";
import { shortMonthName, useProblemText } from "../i18n/problems";
import { draftKey } from "../state";
import { useFitStyles } from "./fit";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // minmax(0, …) and minWidth 0 let inputs shrink to a narrow pane instead of overflowing it.
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM, alignItems: "start" },
  season: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, alignItems: "start" },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  summary: { fontWeight: tokens.fontWeightSemibold, cursor: "pointer", paddingBottom: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

interface Props {
  scenario: Scenario;
  errors: FieldErrors;
  onRename: (name: string) => void;
  onChange: <K extends keyof ScenarioDrivers>(field: K, value: ScenarioDrivers[K]) => void;
  onUseSelection: () => void;
  /** Drops the month-by-month volume so level, growth and seasonality apply again. */
  onUseLevelVolume: () => void;
  busy: boolean;
  insideExcel: boolean;
  /** The book the workbook prices with: its stacks are the choices. */
  book: PriceBook;
}

/**
 * The stacks a scenario can be priced on: the comparison's stacks the book has, every helpdesk plan of
 * the book on its own, and the scenario's own stack (a stack id typed elsewhere stays selectable).
 */
export function stackChoices(book: PriceBook, current: string): string[] {
  const has = (id: string) => id.split("+").every((part) => book.plans.some((p) => p.id === part));
  const ids = new Set<string>([...DEFAULT_STACKS.filter(has), ...book.plans.filter((p) => p.kind === "helpdesk").map((p) => p.id)]);
  if (current) ids.add(current);
  return [...ids];
}

/** Every driver of one scenario, each with its validation message inline. */
export function ScenarioEditor({ scenario, errors, onRename, onChange, onUseSelection, onUseLevelVolume, busy, insideExcel, book }: Props) {
  const styles = useStyles();
  const fit = useFitStyles();
  const t = useT();
  const { locale } = useLanguage();
  const problem = useProblemText();
  const d = scenario.drivers;
  const [name, setName] = useState(scenario.name);
  useEffect(() => setName(scenario.name), [scenario.name]);
  const factors = d.seasonality === "flat" ? new Array<number>(12).fill(1) : d.seasonality;
  /** While the volume follows a month-by-month list, level, growth and seasonality are kept but unused. */
  const listed = d.monthlyConversations !== undefined;
  const unused = listed ? t("scenarios.unused") : undefined;

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={scenario.name ? t("scenarios.driversOf", { name: scenario.name }) : t("scenarios.driversOfThis")}>
      <Field label={t("scenarios.name")} required validationState={errors.name ? "error" : "none"} validationMessage={problem(errors.name)}>
        <Input
          className={fit.root}
          input={{ className: fit.control }}
          value={name}
          data-testid="scenario-name"
          onChange={(_, data) => {
            setName(data.value);
            onRename(data.value);
          }}
        />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("scenarios.volume")}</legend>
        {listed && (
          <MessageBar intent={errors.monthlyConversations ? "warning" : "info"} layout="multiline" data-testid="forecast-volume-notice">
            <MessageBarBody>
              <MessageBarTitle>{t("scenarios.followsForecast", { month: isMonth(d.firstMonth) ? formatMonth(d.firstMonth) : t("scenarios.theFirstMonth") })}</MessageBarTitle>
              {problem(errors.monthlyConversations) ?? t("scenarios.forecastMonths", { count: String(d.monthlyConversations?.length ?? 0) })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onUseLevelVolume} data-testid="use-level-volume">
                {t("scenarios.useLevel")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <NumberField
          label={t("scenarios.startConversations")}
          hint={unused ?? t("scenarios.beforeSeasonality")}
          disabled={listed}
          value={d.startConversations}
          error={errors.startConversations}
          onChange={(v) => onChange("startConversations", v)}
          testId="start-conversations"
            draftKey={draftKey(scenario.id, "startConversations")}
        />
        <div className={styles.row}>
          <NumberField
            label={t("scenarios.growth")}
            suffix="%"
            hint={unused}
            disabled={listed}
            value={d.growthPct}
            error={errors.growthPct}
            onChange={(v) => onChange("growthPct", v)}
            testId="growth"
            draftKey={draftKey(scenario.id, "growthPct")}
          />
        </div>
        <div className={styles.row}>
          <NumberField
            label={t("scenarios.involvement")}
            suffix="%"
            hint={t("scenarios.involvementHint")}
            value={d.aiInvolvementPct}
            error={errors.aiInvolvementPct}
            onChange={(v) => onChange("aiInvolvementPct", v)}
            testId="ai-involvement"
            rate
            draftKey={draftKey(scenario.id, "aiInvolvementPct")}
          />
          <NumberField
            label={t("scenarios.resolution")}
            suffix="%"
            hint={t("scenarios.resolutionHint")}
            value={d.aiResolutionPct}
            error={errors.aiResolutionPct}
            onChange={(v) => onChange("aiResolutionPct", v)}
            testId="ai-rate"
            rate
            draftKey={draftKey(scenario.id, "aiResolutionPct")}
          />
        </div>
        <Field label={t("scenarios.seasonality")} hint={unused} validationState={errors.seasonality ? "error" : "none"} validationMessage={problem(errors.seasonality)}>
          <RadioGroup
            layout="horizontal"
            disabled={listed}
            value={d.seasonality === "flat" ? "flat" : "monthly"}
            onChange={(_, data) => onChange("seasonality", data.value === "flat" ? "flat" : [...factors])}
          >
            <Radio value="flat" label={t("scenarios.flat")} />
            <Radio value="monthly" label={t("scenarios.monthlyFactors")} />
          </RadioGroup>
        </Field>
        {d.seasonality !== "flat" && (
          <div className={styles.season} role="group" aria-label={t("scenarios.factors")}>
            {MONTH_NAMES.map((m, i) => (
              <NumberField
                key={m}
                label={shortMonthName(i, locale)}
                name={t("scenarios.factorName", { month: shortMonthName(i, locale) })}
                draftKey={draftKey(scenario.id, `seasonality.${i}`)}
                disabled={listed}
                value={factors[i]}
                onChange={(v) => {
                  const next = [...factors];
                  next[i] = v;
                  onChange("seasonality", next);
                }}
              />
            ))}
          </div>
        )}
        <Button onClick={onUseSelection} disabled={busy} data-testid="use-selection">
          {t(insideExcel ? "scenarios.useSelection" : "scenarios.useSelectionPreview")}
        </Button>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("scenarios.plan")}</legend>
        <div className={styles.row}>
          <Field label={t("scenarios.stack")} hint={t("scenarios.stackHint")} validationState={errors.stack ? "error" : "none"} validationMessage={problem(errors.stack)}>
            <Select className={fit.root} select={{ className: fit.control }} value={d.stack} onChange={(_, data) => onChange("stack", data.value)} data-testid="stack">
              {stackChoices(book, d.stack).map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </Select>
          </Field>
          <NumberField label={t("scenarios.seats")} draftKey={draftKey(scenario.id, "seats")} value={d.seats} error={errors.seats} onChange={(v) => onChange("seats", v)} testId="seats" />
        </div>
        <NumberField
          label={t("scenarios.humanCost")}
          name={t("scenarios.humanCostName")}
          hint={t("scenarios.humanCostHint")}
          value={d.humanCostPerConversation ?? Number.NaN}
          error={errors.humanCostPerConversation}
          onChange={(v) => onChange("humanCostPerConversation", Number.isNaN(v) ? undefined : v)}
          testId="human-cost"
          draftKey={draftKey(scenario.id, "humanCostPerConversation")}
          optional
        />
        <details data-testid="counting-section">
          <summary className={styles.summary}>{t("scenarios.counting")}</summary>
          <div className={styles.row}>
            <NumberField
              label={t("scenarios.assumed")}
              suffix="%"
              hint={t("scenarios.assumedHint")}
              value={d.assumedResolutionPct ?? 0}
              error={errors.assumedResolutionPct}
              onChange={(v) => onChange("assumedResolutionPct", v)}
              testId="assumed-resolutions"
              draftKey={draftKey(scenario.id, "assumedResolutionPct")}
            />
            <NumberField
              label={t("scenarios.reversed")}
              suffix="%"
              hint={t("scenarios.reversedHint")}
              value={d.reversalPct ?? 0}
              error={errors.reversalPct}
              onChange={(v) => onChange("reversalPct", v)}
              testId="reversal"
              draftKey={draftKey(scenario.id, "reversalPct")}
            />
          </div>
        </details>
        <Field label={t("scenarios.billing")} validationState={errors.billing ? "error" : "none"} validationMessage={problem(errors.billing)}>
          <RadioGroup layout="horizontal" value={d.billing} onChange={(_, data) => onChange("billing", data.value === "monthly" ? "monthly" : "annual")}>
            <Radio value="annual" label={t("scenarios.annual")} />
            <Radio value="monthly" label={t("scenarios.monthly")} />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <NumberField
            label={t("scenarios.horizon")}
            hint={t("scenarios.horizonHint", { min: String(MIN_HORIZON), max: String(MAX_HORIZON) })}
            value={d.horizonMonths}
            error={errors.horizonMonths}
            onChange={(v) => onChange("horizonMonths", v)}
            testId="horizon"
            draftKey={draftKey(scenario.id, "horizonMonths")}
          />
          <Field label={t("scenarios.firstMonth")} hint={t("scenarios.firstMonthHint")} validationState={errors.firstMonth ? "error" : "none"} validationMessage={problem(errors.firstMonth)}>
            <Input
              className={fit.root}
              input={{ className: fit.control }}
              value={d.firstMonth}
              onChange={(_, data) => onChange("firstMonth", parseMonthInput(data.value) ?? data.value.trim())}
              data-testid="first-month"
            />
          </Field>
        </div>
      </fieldset>

      <StaffingSection scenario={scenario} errors={errors} onChange={onChange} />
    </form>
  );
}

type StaffingNumber = keyof typeof DEFAULT_STAFFING;

/**
 * The optional staffing drivers, collapsed unless the scenario uses them: agents from workload (live
 * channels by Erlang C at the busiest hour, async ones by monthly hours), seats fixed or from
 * staffing, and the fully loaded cost of an agent. Off by default: the scenario is seats and AI only.
 */
function StaffingSection({ scenario, errors, onChange }: Pick<Props, "scenario" | "errors" | "onChange">) {
  const styles = useStyles();
  const t = useT();
  const problem = useProblemText();
  const d = scenario.drivers;
  const on = d.staffingChannel !== undefined;
  const [open, setOpen] = useState(on);
  const number = (field: StaffingNumber, label: string, props: { suffix?: string; hint?: string } = {}) => (
    <NumberField
      label={label}
      {...props}
      value={d[field] ?? DEFAULT_STAFFING[field]}
      error={errors[field]}
      onChange={(v) => onChange(field, v)}
      testId={`staffing-${field}`}
      draftKey={draftKey(scenario.id, field)}
    />
  );
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="staffing-section">
      <summary className={styles.summary}>{t("scenarios.staffing", { state: on ? (d.seatPolicy === "fromStaffing" ? "fromStaffing" : "fixed") : "off" })}</summary>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("scenarios.together")}</legend>
        <Field label={t("scenarios.planAgents")} validationState={errors.staffingChannel ? "error" : "none"} validationMessage={problem(errors.staffingChannel)}>
          <RadioGroup
            value={d.staffingChannel ?? "off"}
            data-testid="staffing-channel"
            onChange={(_, data) => {
              if (data.value === "live" || data.value === "async") {
                onChange("staffingChannel", data.value);
                // The loaded cost is what makes people count; start from a placeholder the user replaces.
                if (!on && d.loadedCostPerAgentMonth === undefined) onChange("loadedCostPerAgentMonth", DEFAULT_STAFFING.loadedCostPerAgentMonth);
              } else {
                onChange("staffingChannel", undefined);
                onChange("seatPolicy", undefined);
              }
            }}
          >
            <Radio value="off" label={t("scenarios.channelOff")} />
            <Radio value="live" label={t("scenarios.channelLive")} />
            <Radio value="async" label={t("scenarios.channelAsync")} />
          </RadioGroup>
        </Field>
        {!on && <p className={styles.note}>{t("scenarios.staffingOffNote")}</p>}
        {on && (
          <>
            {number("handleTimeSeconds", t("scenarios.handleTime"), { suffix: t("scenarios.seconds"), hint: t("scenarios.handleTimeHint") })}
            {d.staffingChannel === "live" ? (
              <>
                <div className={styles.row}>
                  {number("peakHourSharePct", t("scenarios.busiestHour"), { suffix: "%", hint: t("scenarios.busiestHourHint") })}
                  {number("shrinkagePct", t("scenarios.shrinkage"), { suffix: "%", hint: t("scenarios.shrinkageHint") })}
                </div>
                <div className={styles.row}>
                  {number("serviceLevelPct", t("scenarios.serviceLevel"), { suffix: "%", hint: t("scenarios.serviceLevelHint") })}
                  {number("answerSeconds", t("scenarios.answerWithin"), { suffix: t("scenarios.seconds") })}
                </div>
                {number("maxOccupancyPct", t("scenarios.maxOccupancy"), { suffix: "%" })}
              </>
            ) : (
              <div className={styles.row}>
                {number("productiveHoursPerAgentMonth", t("scenarios.productiveHours"), { hint: t("scenarios.productiveHoursHint") })}
                {number("occupancyPct", t("scenarios.occupancy"), { suffix: "%" })}
              </div>
            )}
            {number("loadedCostPerAgentMonth", t("scenarios.agentCost"), { suffix: "$", hint: t("scenarios.agentCostHint") })}
            <Field label={t("scenarios.seatPolicy")} validationState={errors.seatPolicy ? "error" : "none"} validationMessage={problem(errors.seatPolicy)}>
              <RadioGroup value={d.seatPolicy ?? "fixed"} onChange={(_, data) => onChange("seatPolicy", data.value === "fromStaffing" ? "fromStaffing" : "fixed")} data-testid="seat-policy">
                <Radio value="fixed" label={t("scenarios.seatsFixed")} />
                <Radio value="fromStaffing" label={t("scenarios.seatsFromStaffing")} />
              </RadioGroup>
            </Field>
          </>
        )}
      </fieldset>
    </details>
  );
}
