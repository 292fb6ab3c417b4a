import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { numberText } from "../format";
import { useDrafts } from "../drafts";
import { useProblemText } from "../i18n/problems";
import { labelOfNumberMessage, notANumberMessage, numberFromText } from "../parseInput";
import { useFitStyles } from "./fit";

interface Props {
  label: string;
  /** How messages name the field when it differs from the label (the model's word for it). */
  name?: string;
  value: number;
  /** The model's message for the current value, if any. */
  error?: string;
  hint?: string;
  suffix?: string;
  /** Receives the parsed number, or NaN for text that is not a number (so validation reports it). */
  onChange: (value: number) => void;
  testId?: string;
  /** Shown but not editable (e.g. a driver that is unused for now). */
  disabled?: boolean;
  /** Where what was typed is kept while the pane is open (see drafts.ts); without it, only while mounted. */
  draftKey?: string;
  /** A rate of 0–100% (with suffix "%"): a bare 0.45 is questioned rather than read as 0.45%. */
  rate?: boolean;
  /** A field that may be left blank: blank hands back NaN without a message (the caller clears the value). */
  optional?: boolean;
}

/**
 * A number input that keeps exactly what the user typed (also across tab switches, with a draftKey),
 * reads "$30,000", "30 000", "5k" or "45%" as the number they mean, and shows what is wrong
 * inline (Fluent Field validationMessage), in the same words Compare and Volatility use, in the pane's language.
 */
export function NumberField({ label, name, value, error, hint, suffix, onChange, testId, disabled, draftKey, rate, optional }: Props) {
  const unit = { percent: suffix === "%", rate };
  const fit = useFitStyles();
  const drafts = useDrafts();
  const problem = useProblemText();
  const [text, setText] = useState(() => (draftKey !== undefined ? drafts.get(draftKey) : undefined) ?? numberText(value));
  // Follow changes made elsewhere (e.g. "Use selection"), but not while the text already means the value.
  useEffect(() => {
    const parsed = numberFromText(text, unit);
    if (!(parsed === value || (parsed === undefined && Number.isNaN(value)))) {
      setText(numberText(value));
      if (draftKey !== undefined) drafts.set(draftKey, numberText(value));
    }
  }, [value]);
  const unparsable = numberFromText(text, unit) === undefined && !(optional && text.trim() === "");
  const message = unparsable ? notANumberMessage((error && labelOfNumberMessage(error)) || name || label, text, unit) : error;
  return (
    <Field label={label} hint={hint} validationState={message ? "error" : "none"} validationMessage={problem(message)}>
      <Input
        className={fit.root}
        input={{ className: fit.control }}
        value={text}
        inputMode="decimal"
        disabled={disabled}
        contentAfter={suffix}
        data-testid={testId}
        onChange={(_, data) => {
          setText(data.value);
          if (draftKey !== undefined) drafts.set(draftKey, data.value);
          onChange(numberFromText(data.value, unit) ?? Number.NaN);
        }}
      />
    </Field>
  );
}
