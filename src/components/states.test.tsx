import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from './panel';
import {
  ErrorState,
  formatProgress,
  LoadingState,
  NotAuthorizedState,
  UnreadableCount,
} from './states';

describe('panel states', () => {
  it('names the panel region by its heading', () => {
    render(<Panel title="Labs">x</Panel>);
    expect(screen.getByRole('region', { name: 'Labs' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Labs' })).toBeInTheDocument();
  });

  it('shows loading progress as a status', () => {
    render(
      <LoadingState
        label="Loading readings…"
        progress={formatProgress(4000, 100000, 'readings')}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('4,000 of ~100,000 readings');
  });

  it('says what was not authorized', () => {
    render(<NotAuthorizedState what="medications" scopes={['patient/MedicationRequest.rs']} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not authorized to read medications — the launch did not grant patient/MedicationRequest.rs',
    );
  });

  it('offers a retry on error', async () => {
    const onRetry = vi.fn();
    render(<ErrorState title="Could not load labs" onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load labs');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('counts unreadable items and renders reasons as text', () => {
    render(
      <UnreadableCount
        noun="reading"
        items={[
          { label: 'a', reason: '<b>x</b>' },
          { label: 'b', reason: 'y' },
        ]}
      />,
    );
    expect(screen.getByText('2 readings could not be read')).toBeInTheDocument();
    expect(screen.getByText(/<b>x<\/b>/)).toBeInTheDocument();
  });
});
