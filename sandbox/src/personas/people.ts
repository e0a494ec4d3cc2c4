/**
 * The people of the sandbox: one Patient per persona (id = persona id) and two Practitioners for
 * `fhirUser` in provider launches. Fixed names and birth dates so screenshots and tests stay stable.
 */
import type { Patient, Practitioner } from 'fhir/r4';
import type { SeededPersonaId } from './types';

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

interface PersonSeed {
  given: string[];
  family: string;
  gender: Patient['gender'];
  birthDate: string;
  mrn: string;
  line: string;
  city: string;
  phone: string;
}

const SEEDS: Record<SeededPersonaId, PersonSeed> = {
  'hypertension-home': {
    given: ['Maria', 'Elena'],
    family: 'Alvarez',
    gender: 'female',
    birthDate: '1961-04-17',
    mrn: 'TEN-100001',
    line: '42 Orchard Lane',
    city: 'Hartford',
    phone: '555-0101',
  },
  'mixed-encodings': {
    given: ['James'],
    family: 'Okafor',
    gender: 'male',
    birthDate: '1954-11-02',
    mrn: 'TEN-100002',
    line: '7 Harbor View Rd',
    city: 'New Haven',
    phone: '555-0102',
  },
  'large-history': {
    given: ['Robert', 'Wei'],
    family: 'Chen',
    gender: 'male',
    birthDate: '1948-07-23',
    mrn: 'TEN-100003',
    line: '1190 Maple Ave',
    city: 'Stamford',
    phone: '555-0103',
  },
  'no-data': {
    given: ['Aisha'],
    family: 'Rahman',
    gender: 'female',
    birthDate: '1989-02-09',
    mrn: 'TEN-100004',
    line: '3 Birch Court',
    city: 'Bridgeport',
    phone: '555-0104',
  },
  // A name part carrying markup: the app must show it as text, never inject it as HTML.
  'edge-cases': {
    given: ['Edge', '<img src=x onerror=alert(1)>'],
    family: "O'Brien-Test",
    gender: 'unknown',
    birthDate: '1970-01-01',
    mrn: 'TEN-100005',
    line: '<script>alert("addr")</script> 1 Test St',
    city: 'Testville',
    phone: '555-0105',
  },
};

export function buildPatient(id: SeededPersonaId): Patient {
  const s = SEEDS[id];
  return {
    resourceType: 'Patient',
    id,
    identifier: [{ use: 'usual', type: MR_TYPE, system: MRN_SYSTEM, value: s.mrn }],
    active: true,
    name: [{ use: 'official', family: s.family, given: s.given }],
    telecom: [{ system: 'phone', value: s.phone, use: 'home' }],
    gender: s.gender,
    birthDate: s.birthDate,
    address: [
      {
        use: 'home',
        line: [s.line],
        city: s.city,
        state: 'CT',
        postalCode: '06103',
        country: 'US',
      },
    ],
  };
}

const PRACTITIONERS = [
  { id: 'practitioner-1', given: ['Sarah'], family: 'Kim', npi: '1234567893', gender: 'female' },
  { id: 'practitioner-2', given: ['David'], family: 'Miller', npi: '1245319599', gender: 'male' },
] as const;

export function buildPractitioners(): Practitioner[] {
  return PRACTITIONERS.map((p) => ({
    resourceType: 'Practitioner',
    id: p.id,
    identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: p.npi }],
    active: true,
    name: [{ use: 'official', prefix: ['Dr.'], given: [...p.given], family: p.family }],
    telecom: [{ system: 'email', value: `${p.id}@clinic.example`, use: 'work' }],
    gender: p.gender,
  }));
}
