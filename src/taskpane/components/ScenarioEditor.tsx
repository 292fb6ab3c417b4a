import { Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { DEFAULT_STACKS } from "../../model/pricebook/compare";
import { PriceBook } from "../../model/pricebook/types";
import { FieldErrors, isMonth, MAX_HORIZON, MIN_HORIZON, monthLabel, MONTH_NAMES, parseMonthInput, Scenario, ScenarioDrivers } from "../../model/scenario";
import { DEFAULT_STAFFING } from "../../model/scenario/staffing";
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
  const d = scenario.drivers;
  const [name, setName] = useState(scenario.name);
  useEffect(() => setName(scenario.name), [scenario.name]);
  const factors = d.seasonality === "flat" ? new Array<number>(12).fill(1) : d.seasonality;
  /** While the volume follows a month-by-month list, level, growth and seasonality are kept but unused. */
  const listed = d.monthlyConversations !== undefined;
  const unused = listed ? "Unused while the volume follows the forecast" : undefined;

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={`Drivers of ${scenario.name || "the scenario"}`}>
      <Field label="Scenario name" required validationState={errors.name ? "error" : "none"} validationMessage={errors.name}>
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
        <legend className={styles.legend}>Volume</legend>
        {listed && (
          <MessageBar intent={errors.monthlyConversations ? "warning" : "info"} layout="multiline" data-testid="forecast-volume-notice">
            <MessageBarBody>
              <MessageBarTitle>Volume follows the forecast from {isMonth(d.firstMonth) ? monthLabel(d.firstMonth) : "the first month"}, month by month</MessageBarTitle>
              {errors.monthlyConversations ??
                `${d.monthlyConversations?.length ?? 0} months of forecast conversations. Level, growth and seasonality below are kept for when you switch back.`}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onUseLevelVolume} data-testid="use-level-volume">
                Use level, growth and seasonality instead
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <NumberField
          label="Conversations per month at the start"
          hint={unused ?? "Before seasonality"}
          disabled={listed}
          value={d.startConversations}
          error={errors.startConversations}
          onChange={(v) => onChange("startConversations", v)}
          testId="start-conversations"
            draftKey={draftKey(scenario.id, "startConversations")}
        />
        <div className={styles.row}>
          <NumberField
            label="Monthly growth"
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
            label="AI involvement"
            suffix="%"
            hint="% of conversations the AI takes part in"
            value={d.aiInvolvementPct}
            error={errors.aiInvolvementPct}
            onChange={(v) => onChange("aiInvolvementPct", v)}
            testId="ai-involvement"
            rate
            draftKey={draftKey(scenario.id, "aiInvolvementPct")}
          />
          <NumberField
            label="AI resolution"
            suffix="%"
            hint="% of AI-involved conversations the AI resolves"
            value={d.aiResolutionPct}
            error={errors.aiResolutionPct}
            onChange={(v) => onChange("aiResolutionPct", v)}
            testId="ai-rate"
            rate
            draftKey={draftKey(scenario.id, "aiResolutionPct")}
          />
        </div>
        <Field label="Seasonality" hint={unused} validationState={errors.seasonality ? "error" : "none"} validationMessage={errors.seasonality}>
          <RadioGroup
            layout="horizontal"
            disabled={listed}
            value={d.seasonality === "flat" ? "flat" : "monthly"}
            onChange={(_, data) => onChange("seasonality", data.value === "flat" ? "flat" : [...factors])}
          >
            <Radio value="flat" label="Flat" />
            <Radio value="monthly" label="12 monthly factors" />
          </RadioGroup>
        </Field>
        {d.seasonality !== "flat" && (
          <div className={styles.season} role="group" aria-label="Seasonal factors, 1 is an average month">
            {MONTH_NAMES.map((m, i) => (
              <NumberField
                key={m}
                label={m}
                name={`The ${m} factor`}
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
          {insideExcel ? "Use selection as history" : "Use selection as history (sample data in the preview)"}
        </Button>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Plan</legend>
        <div className={styles.row}>
          <Field label="Stack" hint="Helpdesk, or helpdesk + AI agent, from the price book" validationState={errors.stack ? "error" : "none"} validationMessage={errors.stack}>
            <Select className={fit.root} select={{ className: fit.control }} value={d.stack} onChange={(_, data) => onChange("stack", data.value)} data-testid="stack">
              {stackChoices(book, d.stack).map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </Select>
          </Field>
          <NumberField label="Seats" draftKey={draftKey(scenario.id, "seats")} value={d.seats} error={errors.seats} onChange={(v) => onChange("seats", v)} testId="seats" />
        </div>
        <NumberField
          label="Cost per human-handled conversation (optional)"
          name="Cost per human-handled conversation"
          hint="US dollars; prices people, so stacks rank by total cost of support. With staffing, people are priced per agent-month instead."
          value={d.humanCostPerConversation ?? Number.NaN}
          error={errors.humanCostPerConversation}
          onChange={(v) => onChange("humanCostPerConversation", Number.isNaN(v) ? undefined : v)}
          testId="human-cost"
          draftKey={draftKey(scenario.id, "humanCostPerConversation")}
          optional
        />
        <details data-testid="counting-section">
          <summary className={styles.summary}>Counting: assumed and reversed resolutions</summary>
          <div className={styles.row}>
            <NumberField
              label="Assumed resolutions"
              suffix="%"
              hint="% of AI resolutions the vendor assumes (the customer left)"
              value={d.assumedResolutionPct ?? 0}
              error={errors.assumedResolutionPct}
              onChange={(v) => onChange("assumedResolutionPct", v)}
              testId="assumed-resolutions"
              draftKey={draftKey(scenario.id, "assumedResolutionPct")}
            />
            <NumberField
              label="Reversed"
              suffix="%"
              hint="% of assumed resolutions reversed when the customer comes back (not billed)"
              value={d.reversalPct ?? 0}
              error={errors.reversalPct}
              onChange={(v) => onChange("reversalPct", v)}
              testId="reversal"
              draftKey={draftKey(scenario.id, "reversalPct")}
            />
          </div>
        </details>
        <Field label="Billing" validationState={errors.billing ? "error" : "none"} validationMessage={errors.billing}>
          <RadioGroup layout="horizontal" value={d.billing} onChange={(_, data) => onChange("billing", data.value === "monthly" ? "monthly" : "annual")}>
            <Radio value="annual" label="Annual" />
            <Radio value="monthly" label="Monthly" />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <NumberField
            label="Horizon (months)"
            hint={`${MIN_HORIZON} to ${MAX_HORIZON}`}
            value={d.horizonMonths}
            error={errors.horizonMonths}
            onChange={(v) => onChange("horizonMonths", v)}
            testId="horizon"
            draftKey={draftKey(scenario.id, "horizonMonths")}
          />
          <Field label="First month" hint="Such as Jan 2027 or 2027-01" validationState={errors.firstMonth ? "error" : "none"} validationMessage={errors.firstMonth}>
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
      <summary className={styles.summary}>Staffing{on ? (d.seatPolicy === "fromStaffing" ? ": seats from staffing" : ": seats fixed") : ": off"}</summary>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>People, seats and AI together</legend>
        <Field label="Plan agents from the human workload" validationState={errors.staffingChannel ? "error" : "none"} validationMessage={errors.staffingChannel}>
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
            <Radio value="off" label="Off: seats and AI only" />
            <Radio value="live" label="Live channel (chat, phone)" />
            <Radio value="async" label="Async channel (email, tickets)" />
          </RadioGroup>
        </Field>
        {!on && <p className={styles.note}>The scenario prices seats and the AI agent only, with the seats you type.</p>}
        {on && (
          <>
            {number("handleTimeSeconds", "Handle time", { suffix: "s", hint: "A person's average time on one conversation" })}
            {d.staffingChannel === "live" ? (
              <>
                <div className={styles.row}>
                  {number("peakHourSharePct", "Busiest hour", { suffix: "%", hint: "Share of the month's conversations" })}
                  {number("shrinkagePct", "Shrinkage", { suffix: "%", hint: "Paid time off the queue" })}
                </div>
                <div className={styles.row}>
                  {number("serviceLevelPct", "Service level", { suffix: "%", hint: "Answered within the time below" })}
                  {number("answerSeconds", "Answer within", { suffix: "s" })}
                </div>
                {number("maxOccupancyPct", "Maximum occupancy", { suffix: "%" })}
              </>
            ) : (
              <div className={styles.row}>
                {number("productiveHoursPerAgentMonth", "Productive hours", { hint: "Per agent-month" })}
                {number("occupancyPct", "Occupancy", { suffix: "%" })}
              </div>
            )}
            {number("loadedCostPerAgentMonth", "Cost per agent-month", { suffix: "$", hint: "Fully loaded: salary, benefits, overhead" })}
            <Field label="Seats" validationState={errors.seatPolicy ? "error" : "none"} validationMessage={errors.seatPolicy}>
              <RadioGroup value={d.seatPolicy ?? "fixed"} onChange={(_, data) => onChange("seatPolicy", data.value === "fromStaffing" ? "fromStaffing" : "fixed")} data-testid="seat-policy">
                <Radio value="fixed" label="Seats fixed (the number in Plan)" />
                <Radio value="fromStaffing" label="Seats from staffing (one per agent scheduled)" />
              </RadioGroup>
            </Field>
          </>
        )}
      </fieldset>
    </details>
  );
}
