/**
 * One parameter of the record as a table row: id and meaning, an editable
 * value (kept as a draft until it parses and the store accepts it), unit,
 * plausible range, source and a reset button. Props in.
 */
import { useState } from 'react';
import type { ParameterDefinition } from '../../core/model/parameter';
import { formatNumber } from '../../core/output/format-number';

export interface ParameterRowProps {
  readonly definition: ParameterDefinition;
  /** The scenario's override, or undefined when the default applies. */
  readonly override: number | undefined;
  readonly error: string | undefined;
  readonly onCommit: (id: string, value: number) => boolean;
  readonly onReset: (id: string) => void;
}

export function ParameterRow({ definition: p, override, error, onCommit, onReset }: ParameterRowProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const value = override ?? p.value;
  const message = local ?? error;
  const inputId = `param-${p.id}`;
  const errorId = `${inputId}-error`;
  const commit = (raw: string): void => {
    setDraft(raw);
    const parsed = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(parsed)) return setLocal(`${p.id}: enter a number`);
    setLocal(null);
    if (onCommit(p.id, parsed)) setDraft(null);
  };
  return (
    <tr className={override === undefined ? undefined : 'is-changed'}>
      <th scope="row">
        <code>{p.id}</code>
        <span className="param-meaning">{p.meaning}</span>
        {/* In a narrow panel the source moves under the meaning (the source column is hidden there). */}
        <span className="param-source-inline">Source: {p.source}</span>
      </th>
      <td>
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          step="any"
          aria-label={`${p.id} value`}
          aria-invalid={message !== undefined || undefined}
          aria-describedby={message === undefined ? undefined : errorId}
          value={draft ?? String(value)}
          onChange={(e) => commit(e.currentTarget.value)}
          onBlur={() => {
            setDraft(null);
            setLocal(null);
          }}
        />
        {override !== undefined && <span className="changed-badge">changed</span>}
        {message !== undefined && (
          <p id={errorId} className="field-error" role="alert">
            {message}
          </p>
        )}
      </td>
      <td>{p.unit}</td>
      <td className="num">
        {formatNumber(p.min)} – {formatNumber(p.max)}
      </td>
      <td className="param-source">{p.source}</td>
      <td>
        <button type="button" className="small-button" disabled={override === undefined} onClick={() => onReset(p.id)} aria-label={`Reset ${p.id} to ${formatNumber(p.value)}`}>
          Reset
        </button>
      </td>
    </tr>
  );
}
