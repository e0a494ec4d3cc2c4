/** The banner's words for age and death: "65 y", "Died 12 Mar 2019, aged 86", "Deceased". Pure. */
import { formatFhirDate } from '../../clinical/date-text';
import { ageYears, type PatientFacts } from '../../fhir/patient';

export interface AgeFacts {
  /** "65 y" for the living; for the dead, the age at death if known (never counted past death). */
  age?: string;
  /** "Died 12 Mar 2019, aged 86", "Died 12 Mar 2019", or "Deceased". */
  death?: string;
  /** "17 Apr 1961", at the birth date's own precision. */
  born?: string;
}

export function ageFacts(facts: PatientFacts, now: number, timeZone: string): AgeFacts {
  const opts = { now, timeZone };
  const out: AgeFacts = {};
  if (facts.birth) out.born = formatFhirDate(facts.birth, opts);
  const death = facts.deceased;
  if (death) {
    const at = death.at;
    const aged = at && facts.birth ? ageYears(facts.birth, at, timeZone) : undefined;
    out.death = at
      ? `Died ${formatFhirDate(at, opts)}${aged !== undefined ? `, aged ${aged}` : ''}`
      : 'Deceased';
    return out;
  }
  const age = facts.birth ? ageYears(facts.birth, now, timeZone) : undefined;
  if (age !== undefined) out.age = `${age} y`;
  return out;
}
