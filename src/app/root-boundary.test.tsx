import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../components/panel-boundary';
import { RootBoundary } from './root-boundary';

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'map')");
}

describe('error boundaries: a render error never blanks the page', () => {
  it('the root boundary shows a designed page with a reload, not a blank screen', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <RootBoundary>
        <Broken />
      </RootBoundary>,
    );
    quiet.mockRestore();
    expect(
      screen.getByRole('heading', { name: 'Tensio could not show this page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/saved on this device are kept/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // The error text (which may carry patient data) is not shown.
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
  });

  it('an inline piece (header, footer) fails as one line and its neighbours stay', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <header>
        <h1>Tensio</h1>
        <PanelBoundary name="when the data was loaded" inline>
          <Broken />
        </PanelBoundary>
        <span>Clinician view</span>
      </header>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('status')).toHaveTextContent('Could not show when the data was loaded');
    expect(screen.getByRole('heading', { name: 'Tensio' })).toBeInTheDocument();
    expect(screen.getByText('Clinician view')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
