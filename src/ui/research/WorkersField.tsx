/** How many web workers a sweep uses (1 or 2; two use both cores of a typical laptop). Props in. */
import { useId } from 'react';

export function WorkersField({ value, onChange }: { readonly value: number; readonly onChange: (workers: number) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Workers</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        <option value={1}>1 worker</option>
        <option value={2}>2 workers</option>
      </select>
    </div>
  );
}
