/**
 * A labelled number input that keeps what the user types as a draft: a value
 * is committed only when it parses and the store accepts it; otherwise the
 * problem is shown next to the field and the last good value stays in the
 * scenario. On blur the draft returns to the committed value. Optionally
 * paired with a range slider over the same value. Props in.
 */
import { useId, useState } from 'react';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number | undefined;
  /** Commits a parsed value; returns false when the store rejected it. `undefined` means an empty field. */
  readonly onCommit: (value: number | undefined) => boolean;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** Shown as the field's hint (e.g. "empty: to the end"). */
  readonly hint?: string;
  /** Allow an empty field (commits undefined). */
  readonly optional?: boolean;
  /** Validation messages from the store for this field. */
  readonly issues?: readonly string[];
  /** Show a range slider too, with these bounds. */
  readonly slider?: { readonly min: number; readonly max: number; readonly step: number };
  readonly unit?: string;
}

function text(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, optional = false, issues = [], slider, unit } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const shown = draft ?? text(value);
  const messages = local === null ? issues : [local, ...issues];
  const commitText = (raw: string): void => {
    setDraft(raw);
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (!optional) return setLocal('enter a number');
      setLocal(null);
      if (onCommit(undefined)) setDraft(null);
      return;
    }
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed)) return setLocal(`“${trimmed}” is not a number`);
    setLocal(null);
    if (onCommit(parsed)) setDraft(null);
  };
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [props.hint === undefined ? null : hintId, messages.length > 0 ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field number-field${messages.length > 0 ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {unit !== undefined && <span className="unit"> ({unit})</span>}
      </label>
      <div className="field-inputs">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={shown}
          min={props.min}
          max={props.max}
          step={props.step ?? 'any'}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={describedBy}
          onChange={(e) => commitText(e.currentTarget.value)}
          onBlur={() => {
            setDraft(null);
            setLocal(null);
          }}
        />
        {slider !== undefined && (
          <input
            type="range"
            aria-label={`${label} slider`}
            min={slider.min}
            max={slider.max}
            step={slider.step}
            value={value ?? slider.min}
            onChange={(e) => commitText(e.currentTarget.value)}
          />
        )}
      </div>
      {props.hint !== undefined && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {messages.length > 0 && (
        <p id={errorId} className="field-error">
          {messages.join('; ')}
        </p>
      )}
    </div>
  );
}
