// @vitest-environment happy-dom
/** The "new version is ready" prompt (src/ui/UpdatePrompt.tsx over src/sw/update-status.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { UpdatePrompt } from '../../src/ui/UpdatePrompt';
import { getUpdateState, markUpdateReady } from '../../src/sw/update-status';

afterEach(cleanup);

describe('UpdatePrompt', () => {
  it('stays empty until a new version is ready, then offers a Reload that applies it', () => {
    render(<UpdatePrompt />);
    expect(getUpdateState()).toBe('none');
    expect(screen.getByTestId('update-prompt').textContent).toBe('');
    const apply = vi.fn();
    act(() => markUpdateReady(apply));
    expect(screen.getByRole('status').textContent).toMatch(/A new version of Gonadostat is ready — reload/);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledOnce();
  });
});
