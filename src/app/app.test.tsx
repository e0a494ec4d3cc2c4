import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import config from '../../public/config.json';
import { server } from '../../mocks/server';

/** A fresh module graph per test: the launch state machine reads the URL once per page load. */
async function renderAppAt(url: string) {
  window.history.replaceState(null, '', url);
  vi.resetModules();
  const { App } = await import('./app');
  return render(<App />);
}

describe('app routes', () => {
  beforeEach(() => {
    server.use(http.get('*/config.json', () => HttpResponse.json(config)));
  });

  it('opening the app directly says there is no session and how to launch', async () => {
    await renderAppAt('/');
    expect(await screen.findByRole('heading', { name: 'No active session' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'start a standalone launch' })).toHaveAttribute(
      'href',
      '/launch',
    );
  });

  it('an authorize error is a readable page, and the error leaves the URL', async () => {
    sessionStorage.setItem('abc', JSON.stringify({ serverUrl: 'https://x.test' })); // this tab's launch
    await renderAppAt('/?error=access_denied&error_description=%3Cb%3ENo%3C%2Fb%3E&state=abc');
    expect(
      await screen.findByRole('heading', { name: 'Sign-in did not complete' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/sign-in or consent was declined/)).toBeInTheDocument();
    expect(screen.getByText('<b>No</b>')).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('an unknown iss gets a page and no redirect', async () => {
    await renderAppAt('/launch?iss=https%3A%2F%2Fevil.test%2Ffhir&launch=x');
    expect(
      await screen.findByRole('heading', { name: 'This server is not one Tensio knows' }),
    ).toBeInTheDocument();
    expect(screen.getByText('https://evil.test/fhir')).toBeInTheDocument();
  });

  it('/launch without iss shows the start page with the configured servers', async () => {
    await renderAppAt('/launch');
    expect(await screen.findByRole('heading', { name: 'Open Tensio' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Tensio sandbox/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /a clinician/ })).not.toBeChecked();
  });

  it('an unknown path is a not-found page', async () => {
    await renderAppAt('/nope');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
