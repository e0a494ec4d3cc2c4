/** Patient → banner facts: official name, age + DOB, sex, MRN (identifier type v2-0203 `MR`). Pure. */
import type { HumanName, Identifier, Patient } from 'fhir/r4';

const NAME_PREFERENCE: readonly (HumanName['use'] | undefined)[] = [
  'official',
  'usual',
  undefined,
  'nickname',
];

export function displayName(patient: Patient): string {
  const names = patient.name ?? [];
  const live = names.filter((n) => !n.period?.end || Date.parse(n.period.end) > Date.now());
  const pool = live.length > 0 ? live : names;
  const name =
    NAME_PREFERENCE.map((use) => pool.find((n) => n.use === use)).find(Boolean) ?? pool[0];
  if (!name) return 'Unnamed patient';
  if (name.text?.trim()) return name.text.trim();
  const parts = [...(name.given ?? []), name.family].filter((p): p is string => Boolean(p?.trim()));
  return parts.length > 0 ? parts.join(' ') : 'Unnamed patient';
}

/** Whole years between a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD) and `now`, in local time. */
export function ageInYears(birthDate: string, now: Date): number | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(birthDate);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  let age = now.getFullYear() - year;
  if (now.getMonth() + 1 < month || (now.getMonth() + 1 === month && now.getDate() < day)) age--;
  return age >= 0 && age < 150 ? age : undefined;
}

export function formatBirthDate(birthDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return birthDate;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

const SEX: Readonly<Record<string, string>> = {
  male: 'Male',
  female: 'Female',
  other: 'Other',
  unknown: 'Unknown',
};

export function sexLabel(gender: Patient['gender']): string | undefined {
  return gender ? SEX[gender] : undefined;
}

const isMrn = (id: Identifier) =>
  id.type?.coding?.some(
    (c) =>
      c.code === 'MR' &&
      (!c.system || c.system === 'http://terminology.hl7.org/CodeSystem/v2-0203'),
  ) ?? false;

export function medicalRecordNumber(patient: Patient): string | undefined {
  return patient.identifier?.find((id) => isMrn(id) && id.value)?.value;
}
