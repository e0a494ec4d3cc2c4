import { describe, expect, it } from 'vitest';
import { APP_LAUNCH, sandboxForFile } from './auth-helpers';

const sandbox = sandboxForFile();

const launcher = (extra: Record<string, string>) =>
  fetch(
    `${sandbox.url}/launcher?${new URLSearchParams({ launch_uri: APP_LAUNCH, patient: 'hypertension-home', ...extra }).toString()}`,
    { redirect: 'manual' },
  );

describe('choosing an EHR profile', () => {
  it.each(['epic', 'oracle-health'])('the headless launcher accepts ehr_profile=%s', async (id) => {
    expect((await launcher({ ehr_profile: id })).status).toBe(302);
  });

  it('an unknown profile is refused with the reason', async () => {
    const response = await launcher({ ehr_profile: 'cerner' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('ehr_profile');
  });

  it('the launcher page offers both profiles and the sandbox default', async () => {
    const html = await (await fetch(`${sandbox.url}/`)).text();
    expect(html).toContain('<select name="ehr_profile">');
    for (const value of ['', 'epic', 'oracle-health'])
      expect(html).toContain(`<option value="${value}"`);
  });
});
