/**
 * long-record's Patient, shaped like a synthetic-population export under US Core: digits appended to
 * the given name (`Anna123`), an accented family name, MR / SS / DL / passport identifiers, US Core
 * race, ethnicity and birth-sex extensions, an address with a geolocation extension, and a
 * `deceasedDateTime` after the last reading. Invented values (SSN in the 999 range, example systems).
 */
import type { Extension, Patient } from 'fhir/r4';
import { isoLocal, localTime } from './bp-time';
import { DECEASED_DAYS, LONG_PATIENT } from './long-visits';
import type { PersonaContext } from './types';

const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition';
const OMB = 'urn:oid:2.16.840.1.113883.6.238';

const idType = (code: string, display: string) => ({
  coding: [{ system: V2_0203, code, display }],
  text: display,
});

const omb = (url: string, code: string, display: string): Extension => ({
  url,
  extension: [
    { url: 'ombCategory', valueCoding: { system: OMB, code, display } },
    { url: 'text', valueString: display },
  ],
});

export function longRecordPatient(ctx: Pick<PersonaContext, 'now' | 'timeZone'>): Patient {
  const died = localTime(ctx.now, DECEASED_DAYS, 3, 42, ctx.timeZone);
  return {
    resourceType: 'Patient',
    id: LONG_PATIENT,
    extension: [
      omb(`${US_CORE}/us-core-race`, '2106-3', 'White'),
      omb(`${US_CORE}/us-core-ethnicity`, '2135-2', 'Hispanic or Latino'),
      { url: `${US_CORE}/us-core-birthsex`, valueCode: 'F' },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName',
        valueString: 'Inés718 Quiñones',
      },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
        valueAddress: { city: 'Ponce', state: 'PR', country: 'US' },
      },
    ],
    identifier: [
      {
        use: 'usual',
        type: idType('MR', 'Medical Record Number'),
        system: 'urn:oid:2.16.840.1.113883.19.5.99999.1',
        value: 'TEN-100006',
      },
      {
        type: idType('SS', 'Social Security Number'),
        system: 'http://hl7.org/fhir/sid/us-ssn',
        value: '999-41-7302',
      },
      {
        type: idType('DL', "Driver's License"),
        system: 'urn:oid:2.16.840.1.113883.4.3.9',
        value: 'S99946117',
      },
      {
        type: idType('PPN', 'Passport Number'),
        system: 'http://hl7.org/fhir/sid/passport-USA',
        value: 'X38715021X',
      },
    ],
    name: [
      { use: 'official', prefix: ['Mrs.'], given: ['Anna123', 'Rosa45'], family: 'Lefèvre' },
      { use: 'maiden', given: ['Anna123'], family: 'Quiñones' },
    ],
    telecom: [{ system: 'phone', value: '555-0106', use: 'home' }],
    gender: 'female',
    birthDate: '1938-09-03',
    deceasedDateTime: isoLocal(died, ctx.timeZone),
    address: [
      {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/geolocation',
            extension: [
              { url: 'latitude', valueDecimal: 41.30824187301539 },
              { url: 'longitude', valueDecimal: -72.92496274213372 },
            ],
          },
        ],
        line: ['88 Caldwell Street Unit 4'],
        city: 'New Haven',
        state: 'CT',
        postalCode: '06511',
        country: 'US',
      },
    ],
    maritalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus',
          code: 'W',
          display: 'Widowed',
        },
      ],
      text: 'Widowed',
    },
    multipleBirthBoolean: false,
    communication: [
      {
        language: {
          coding: [{ system: 'urn:ietf:bcp:47', code: 'es', display: 'Spanish' }],
          text: 'Spanish',
        },
      },
    ],
  };
}
