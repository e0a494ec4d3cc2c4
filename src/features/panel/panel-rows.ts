/**
 * The panel's rows as words (issue 14): one per member, whether triaged, still loading or failed, with
 * the keys the table sorts by. Pure, so the table stays presentational and the words are tested here.
 */
import { ageText, formatDay } from '../../clinical/date-text';
import { mmHg } from '../../clinical/bp-category';
import { DAYS_FOR_99445 } from '../../clinical/rpm-device-days';
import type { PatientZone } from '../../clinical/rpm-zone';
import { HOUR, zoneOffset } from '../../clinical/time';
import {
  compareTriage,
  TRIAGE_LABEL,
  TRIAGE_ORDER,
  type PatientTriage,
  type TriageGroup,
} from '../../clinical/rpm-triage';
import { ageYears, sexLabel, type PatientFacts } from '../../fhir/patient';
import type { PanelMember } from '../../queries/panel-members';
import type { MemberOutcome } from '../../queries/panel-triage';
import { describeFhirError } from '../../components/describe-error';

export type RowStatus = TriageGroup | 'loading' | 'failed';

export interface PanelRow {
  id: string;
  name: string;
  /** "72 y · female · enrolled 3 Oct". */
  detail: string;
  status: RowStatus;
  label: string;
  reasons: string[];
  average: string;
  goal: string;
  severe: string;
  last: string;
  device: string;
  /** "3 days patient-entered, not counted". */
  deviceNote?: string;
  meds: string;
  triage?: PatientTriage;
}

export type SortKey = 'triage' | 'name' | 'average' | 'last' | 'device';

export const SORT_LABEL: Record<SortKey, string> = {
  triage: 'Triage (most urgent first)',
  name: 'Name',
  average: 'Home average (highest first)',
  last: 'Last reading (longest ago first)',
  device: 'Device days (fewest first)',
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function nameOf(member: PanelMember, facts: PatientFacts | undefined): string {
  return facts?.name?.text ?? `Patient ${member.patientId}`;
}

function detailOf(
  member: PanelMember,
  facts: PatientFacts | undefined,
  o: { now: number; timeZone: string },
): string {
  const parts: string[] = [];
  const age = facts?.birth ? ageYears(facts.birth, o.now, o.timeZone) : undefined;
  if (age !== undefined) parts.push(`${age} y`);
  const sex = sexLabel(facts?.gender);
  if (sex) parts.push(sex);
  if (member.enrolledAt !== undefined) parts.push(`enrolled ${formatDay(member.enrolledAt, o)}`);
  return parts.join(' · ');
}

/** "9 days · 99445 met, 7 more for 99454 · day 20 of 30" (CMS CY2026: 2–15 days 99445, 16+ 99454). */
export function deviceText(t: PatientTriage): string {
  const d = t.deviceDays;
  const met =
    d.code === '99454'
      ? '99454 met'
      : d.code === '99445'
        ? `99445 met, ${d.neededFor99454 ?? 0} more for 99454`
        : `none met, ${DAYS_FOR_99445 - d.deviceDays} more for 99445`;
  const period = t.period.anchored ? ` · day ${t.period.day} of 30` : ' · last 30 days';
  return `${plural(d.deviceDays, 'day')} · ${met}${period}`;
}

function lastText(t: PatientTriage, o: { now: number; timeZone: string }): string {
  if (t.lastReadingAt === undefined) return 'No readings';
  if (t.daysSinceLast === 0) return 'Today';
  if (t.daysSinceLast === 1) return 'Yesterday';
  return `${ageText(t.lastReadingAt, o.now, o.timeZone)} (${formatDay(t.lastReadingAt, o)})`;
}

/** "UTC−8": the patient's offset, when their days are counted in another zone than the viewer's. */
export function zoneNote(
  zone: PatientZone,
  o: { now: number; timeZone: string },
): string | undefined {
  if (!zone.fromReadings) return undefined;
  const theirs = zoneOffset(o.now, zone.timeZone);
  if (theirs === zoneOffset(o.now, o.timeZone)) return undefined;
  const hours = theirs / HOUR;
  return `days counted at UTC${hours < 0 ? '−' : '+'}${Math.abs(hours)}`;
}

function triagedRow(
  base: Pick<PanelRow, 'id' | 'name' | 'detail'>,
  outcome: Extract<MemberOutcome, { ok: true }>,
  o: { now: number; timeZone: string },
): PanelRow {
  const { triage: t, notes } = outcome;
  const d = t.deviceDays;
  const worst = t.severe.worst;
  const zone = zoneNote(outcome.zone, o);
  return {
    ...base,
    ...(zone ? { detail: base.detail ? `${base.detail} · ${zone}` : zone } : {}),
    status: t.group,
    label: TRIAGE_LABEL[t.group],
    reasons: [...t.reasons, ...notes],
    average: t.average ? mmHg(t.average.systolic, t.average.diastolic) : '—',
    goal: `below ${mmHg(t.verdict.goal.home.systolic, t.verdict.goal.home.diastolic)}`,
    severe:
      t.severe.count === 0
        ? 'None'
        : `${plural(t.severe.count, 'reading')}${worst ? `, worst ${mmHg(worst.systolic, worst.diastolic)}` : ''}`,
    last: lastText(t, o),
    device: deviceText(t),
    ...(d.patientEnteredDays > 0
      ? { deviceNote: `${plural(d.patientEnteredDays, 'day')} patient-entered, not counted` }
      : {}),
    meds: String(t.antihypertensives),
    triage: t,
  };
}

export function panelRows(
  members: readonly PanelMember[],
  patients: ReadonlyMap<string, PatientFacts>,
  outcomes: ReadonlyMap<string, MemberOutcome>,
  o: { now: number; timeZone: string },
): PanelRow[] {
  return members.map((m) => {
    const facts = patients.get(m.patientId);
    const base = { id: m.patientId, name: nameOf(m, facts), detail: detailOf(m, facts, o) };
    const outcome = outcomes.get(m.patientId);
    if (!outcome) {
      return {
        ...base,
        status: 'loading',
        label: 'Loading…',
        reasons: [],
        average: '',
        goal: '',
        severe: '',
        last: '',
        device: '',
        meds: '',
      };
    }
    if (!outcome.ok) {
      return {
        ...base,
        status: 'failed',
        label: 'Could not be read',
        reasons: [describeFhirError(outcome.error.kind)],
        average: '—',
        goal: '',
        severe: '—',
        last: '—',
        device: '—',
        meds: '—',
      };
    }
    return triagedRow(base, outcome, o);
  });
}

const STATUS_RANK: readonly RowStatus[] = [...TRIAGE_ORDER, 'failed', 'loading'];

function compareBy(key: SortKey, a: PanelRow, b: PanelRow): number {
  const ta = a.triage;
  const tb = b.triage;
  if (key === 'name') return a.name.localeCompare(b.name);
  if (!ta || !tb) return (ta ? 0 : 1) - (tb ? 0 : 1);
  switch (key) {
    case 'triage':
      return compareTriage(ta, tb);
    case 'average':
      return (tb.average?.systolic ?? -1) - (ta.average?.systolic ?? -1);
    case 'last':
      return (tb.daysSinceLast ?? Infinity) - (ta.daysSinceLast ?? Infinity) || 0;
    case 'device':
      return ta.deviceDays.deviceDays - tb.deviceDays.deviceDays;
  }
}

/** Sorted by `key`, ties by name; rows still loading or failed after the triaged ones for triage. */
export function sortRows(rows: readonly PanelRow[], key: SortKey): PanelRow[] {
  return [...rows].sort((a, b) => {
    if (key === 'triage') {
      const rank = STATUS_RANK.indexOf(a.status) - STATUS_RANK.indexOf(b.status);
      if (rank !== 0) return rank;
    }
    return compareBy(key, a, b) || a.name.localeCompare(b.name);
  });
}

export function filterRows(
  rows: readonly PanelRow[],
  groups: ReadonlySet<RowStatus>,
  text: string,
): PanelRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (groups.size === 0 || groups.has(r.status)) &&
      (needle === '' || r.name.toLowerCase().includes(needle) || r.id.includes(needle)),
  );
}
