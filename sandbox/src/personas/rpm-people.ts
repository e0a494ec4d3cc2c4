/**
 * The remote-monitoring program's people: 250 generated Patients (seeded names, birth dates and
 * addresses in their time zone's region), the Group that enrols them under practitioner-1, and the
 * cellular cuff each device-reading member was sent. Pure (no Node APIs).
 */
import type { Device, Group, Patient } from 'fhir/r4';
import { DAY, localDay } from './bp-time';
import { createRng, seedOf } from './random';
import { RPM_GROUP_ID, RPM_MEMBERS, type RpmMember } from './rpm-plan';

const MRN_SYSTEM = 'urn:oid:2.16.840.1.113883.19.5.99999.1';
const MR_TYPE = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
      code: 'MR',
      display: 'Medical record number',
    },
  ],
  text: 'MRN',
};
export const RPM_MANAGER = { reference: 'Practitioner/practitioner-1', display: 'Dr. Sarah Kim' };
export const CUFF_DISPLAY = 'Omron upper-arm monitor (cellular cuff)';

const FEMALE = ['Linda', 'Patricia', 'Grace', 'Mei', 'Fatima', 'Rosa', 'Joan', 'Priya', 'Ngozi'];
const FEMALE_2 = ['Ann', 'Marie', 'Lynn', 'Jo', 'Sofia', 'Hye-jin', 'Ada'];
const MALE = ['Thomas', 'Luis', 'Kwame', 'Hiroshi', 'Daniel', 'Omar', 'Walter', 'Arjun', 'Pavel'];
const MALE_2 = ['James', 'Lee', 'Ray', 'Antonio', 'Kofi', 'John'];
const FAMILY = [
  'Johnson',
  'Nguyen',
  'Garcia',
  'Okonkwo',
  'Schmidt',
  'Patel',
  'Kowalski',
  'Brown',
  'Haddad',
  'Tanaka',
  'Rivera',
  'Murphy',
  'Cohen',
  'Mensah',
  'Lindqvist',
  'Reyes',
  'Park',
  'Dubois',
  'Ivanova',
  'Walker',
  'Santos',
  'Ali',
  "O'Neill",
  'Fischer',
  'Moreau',
  'Yamamoto',
  'Abebe',
];
const STREETS = ['Elm St', 'Oak Ave', 'Cedar Rd', 'Park Pl', 'Hillside Dr', 'River Rd', 'Main St'];
const PLACES: Record<string, readonly (readonly [string, string, string])[]> = {
  'America/New_York': [
    ['Hartford', 'CT', '06105'],
    ['New Haven', 'CT', '06511'],
    ['Springfield', 'MA', '01103'],
    ['Albany', 'NY', '12203'],
  ],
  'America/Chicago': [
    ['Chicago', 'IL', '60614'],
    ['Milwaukee', 'WI', '53202'],
  ],
  'America/Los_Angeles': [
    ['Los Angeles', 'CA', '90026'],
    ['Sacramento', 'CA', '95814'],
  ],
};

/** The local calendar date `daysAgo` days before `now` in the member's zone (`YYYY-MM-DD`). */
export function localDate(now: Date, daysAgo: number, timeZone: string): string {
  return new Date(localDay(now.getTime(), timeZone) - daysAgo * DAY).toISOString().slice(0, 10);
}

export function rpmPatient(m: RpmMember): Patient {
  const rng = createRng(seedOf(`rpm:person:${m.id}`));
  const female = rng.next() < 0.52;
  const given = [rng.pick(female ? FEMALE : MALE)];
  if (rng.next() < 0.4) given.push(rng.pick(female ? FEMALE_2 : MALE_2));
  const year = rng.int(1938, 1982);
  const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const [city, state, postalCode] = rng.pick(PLACES[m.timeZone] ?? []);
  return {
    resourceType: 'Patient',
    id: m.id,
    identifier: [
      {
        use: 'usual',
        type: MR_TYPE,
        system: MRN_SYSTEM,
        value: `TEN-2${String(m.n).padStart(5, '0')}`,
      },
    ],
    active: true,
    name: [{ use: 'official', family: rng.pick(FAMILY), given }],
    telecom: [{ system: 'phone', value: `555-${String(2000 + m.n)}`, use: 'mobile' }],
    gender: female ? 'female' : 'male',
    birthDate,
    address: [
      {
        use: 'home',
        line: [`${rng.int(2, 980)} ${rng.pick(STREETS)}`],
        city,
        state,
        postalCode,
        country: 'US',
      },
    ],
    generalPractitioner: [RPM_MANAGER],
  };
}

export const cuffId = (m: RpmMember) => `${m.id}-cuff`;

export function rpmCuff(m: RpmMember): Device {
  return {
    resourceType: 'Device',
    id: cuffId(m),
    status: 'active',
    manufacturer: 'Omron Healthcare',
    deviceName: [{ name: CUFF_DISPLAY, type: 'user-friendly-name' }],
    type: {
      coding: [
        { system: 'http://snomed.info/sct', code: '70665002', display: 'Blood pressure cuff' },
      ],
    },
    patient: { reference: `Patient/${m.id}` },
  };
}

export function rpmGroup(now: Date, patients: readonly Patient[]): Group {
  return {
    resourceType: 'Group',
    id: RPM_GROUP_ID,
    identifier: [{ system: 'urn:tensio:sandbox:program', value: RPM_GROUP_ID }],
    active: true,
    type: 'person',
    actual: true,
    code: { text: 'Hypertension remote patient monitoring' },
    name: 'Hypertension remote monitoring',
    quantity: RPM_MEMBERS.length,
    managingEntity: RPM_MANAGER,
    member: RPM_MEMBERS.map((m, i) => {
      const name = patients[i]?.name?.[0];
      return {
        entity: {
          reference: `Patient/${m.id}`,
          display: [...(name?.given ?? []), name?.family ?? ''].join(' '),
        },
        period: {
          start: localDate(now, m.enrolledDaysAgo, m.timeZone),
          ...(m.endedDaysAgo !== undefined
            ? { end: localDate(now, m.endedDaysAgo, m.timeZone) }
            : {}),
        },
        ...(m.membership === 'inactive' ? { inactive: true } : {}),
      };
    }),
  };
}
