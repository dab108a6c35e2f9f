// @vitest-environment happy-dom
/** NumberField keeps a draft, commits only numbers the store accepts, and shows problems next to the field. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { NumberField } from '../../../src/ui/controls/NumberField';

afterEach(cleanup);

describe('NumberField', () => {
  it('commits a parsed number and labels both inputs', () => {
    const onCommit = vi.fn(() => true);
    render(<NumberField label="Dose" unit="× reference" value={1} onCommit={onCommit} slider={{ min: 0.05, max: 10, step: 0.05 }} />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Dose (× reference)' }), { target: { value: '2.5' } });
    expect(onCommit).toHaveBeenCalledWith(2.5);
    fireEvent.change(screen.getByRole('slider', { name: 'Dose slider' }), { target: { value: '3' } });
    expect(onCommit).toHaveBeenLastCalledWith(3);
  });

  it('says what is wrong with text that is not a number, and does not commit it', () => {
    const onCommit = vi.fn(() => true);
    render(<NumberField label="From day" value={0} onCommit={onCommit} />);
    const input = screen.getByRole('spinbutton', { name: 'From day' });
    fireEvent.change(input, { target: { value: '' } });
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByText('enter a number')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('error');
    fireEvent.blur(input);
    expect((input as HTMLInputElement).value).toBe('0');
  });

  it('shows the store’s issues and keeps the draft until accepted', () => {
    const onCommit = vi.fn(() => false);
    const { rerender } = render(<NumberField label="Dose" value={1} onCommit={onCommit} />);
    const input = screen.getByRole('spinbutton', { name: 'Dose' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '50' } });
    rerender(<NumberField label="Dose" value={1} onCommit={onCommit} issues={['must be at most 10 (got 50)']} />);
    expect(input.value).toBe('50');
    expect(screen.getByText('must be at most 10 (got 50)')).toBeTruthy();
  });

  it('commits undefined for an empty optional field', () => {
    const onCommit = vi.fn(() => true);
    render(<NumberField label="Until day" value={30} optional hint="empty: to the end" onCommit={onCommit} />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Until day' }), { target: { value: '' } });
    expect(onCommit).toHaveBeenCalledWith(undefined);
  });
});
