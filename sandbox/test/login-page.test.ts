/** The login page stays usable with the 250 remote-monitoring members: personas and practitioners first. */
import { describe, expect, it } from 'vitest';
import { renderLogin } from '../src/auth/pages';

const html = renderLogin({
  action: '/interaction/x/login',
  clientId: 'tensio',
  patients: [
    { id: 'rpm-001', name: 'Member One' },
    { id: 'hypertension-home', name: 'Maria Alvarez' },
  ],
  practitioners: [{ id: 'practitioner-1', name: 'Dr One' }],
});

describe('login page', () => {
  it('groups users: patients, practitioners, then the program members', () => {
    const order = [
      'Patient/hypertension-home',
      'Practitioner/practitioner-1',
      'Patient/rpm-001',
    ].map((v) => html.indexOf(`value="${v}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<optgroup label="Remote monitoring program members">');
  });

  it('keeps a persona as the default patient in context and offers none', () => {
    const context = html.slice(html.indexOf('name="patient"'));
    expect(context.indexOf('value="hypertension-home"')).toBeLessThan(context.indexOf('value=""'));
    expect(context.indexOf('value=""')).toBeLessThan(context.indexOf('value="rpm-001"'));
  });
});
