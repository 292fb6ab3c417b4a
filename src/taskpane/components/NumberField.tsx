import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseNumberInput } from "../../model/scenario";
import { numberText } from "../format";
import { useFitStyles } from "./fit";

interface Props {
  label: string;
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
}

/**
 * A number input that keeps exactly what the user typed while it is being edited, and shows the
 * model's validation message inline (Fluent Field validationMessage).
 */
export function NumberField({ label, value, error, hint, suffix, onChange, testId, disabled }: Props) {
  const fit = useFitStyles();
  const [text, setText] = useState(numberText(value));
  // Follow changes made elsewhere (e.g. "Use selection"), but not while the text already means the value.
  useEffect(() => {
    const parsed = parseNumberInput(text);
    if (!(parsed === value || (parsed === undefined && Number.isNaN(value)))) setText(numberText(value));
  }, [value]);
  const unparsable = text.trim() !== "" && parseNumberInput(text) === undefined;
  const message = unparsable ? `${label}: enter a number.` : text.trim() === "" ? `${label} is required.` : error;
  return (
    <Field label={label} hint={hint} validationState={message ? "error" : "none"} validationMessage={message}>
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
          onChange(parseNumberInput(data.value) ?? Number.NaN);
        }}
      />
    </Field>
  );
}
