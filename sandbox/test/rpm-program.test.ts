/**
 * The remote-monitoring program's data: the Group, and the adherence mix read back from the readings
 * themselves, equal to RPM_EXPECTED at any hour of the day.
 */
import { describe, expect, it } from 'vitest';
import { buildRpmProgram, RPM_EXPECTED } from '../src/personas/rpm';
import { days, idsWhere, readProgram, sorted } from './rpm-helpers';

const NOW = new Date('2026-11-10T15:00:00Z');
// 03:30 UTC: still yesterday evening in Chicago and Los Angeles, the small hours in New York.
const NIGHT = new Date('2026-11-11T03:30:00Z');

describe('the RPM program build', () => {
  it('is deterministic: two builds for the same now are equal', () => {
    expect(JSON.stringify(buildRpmProgram(NOW))).toBe(JSON.stringify(buildRpmProgram(NOW)));
  });

  it('has a Group managed by practitioner-1 listing 250 patients, with inactive and ended members', () => {
    const { group, patients } = readProgram(NOW);
    expect(group).toMatchObject({
      id: 'rpm-program',
      type: 'person',
      actual: true,
      name: 'Hypertension remote monitoring',
      managingEntity: { reference: RPM_EXPECTED.managingEntity },
    });
    const member = group.member ?? [];
    expect(member).toHaveLength(RPM_EXPECTED.members);
    expect(new Set(member.map((m) => m.entity.reference)).size).toBe(250);
    expect(member.every((m) => patients.has(m.entity.reference?.slice(8) ?? ''))).toBe(true);
    const id = (m: (typeof member)[number]) => m.entity.reference?.slice(8) ?? '';
    expect(sorted(member.filter((m) => m.inactive).map(id))).toEqual(RPM_EXPECTED.inactiveIds);
    expect(sorted(member.filter((m) => m.period?.end).map(id))).toEqual(RPM_EXPECTED.endedIds);
    const active = member.filter((m) => !m.inactive && !m.period?.end);
    expect(active).toHaveLength(RPM_EXPECTED.activeMembers);
    expect(member.find((m) => m.period?.end)?.period?.end).toBe('2026-11-05');
  });

  it('enrols members 30-60 days ago, a few 10 days ago, and no reading precedes enrolment', () => {
    const { group, members } = readProgram(NOW);
    const enrolled = new Map(
      (group.member ?? []).map((m) => [
        m.entity.reference?.slice(8) ?? '',
        Math.round((NOW.getTime() - Date.parse(`${m.period?.start}T15:00:00Z`)) / 86_400_000),
      ]),
    );
    const recent = new Set<string>(RPM_EXPECTED.recentlyEnrolledIds);
    for (const [id, ago] of enrolled) {
      if (recent.has(id)) expect(ago, id).toBe(10);
      else expect(ago, id).toBeGreaterThanOrEqual(30);
      if (!recent.has(id)) expect(ago, id).toBeLessThanOrEqual(60);
      const first = Math.max(...(members.get(id)?.daysAgo ?? [0]));
      expect(first, id).toBeLessThanOrEqual(ago);
    }
  });

  it.each([
    ['mid-afternoon UTC', NOW],
    ['03:30 UTC (yesterday evening in the west)', NIGHT],
  ])('has the adherence mix of RPM_EXPECTED, read from the readings (%s)', (_, now) => {
    const { members } = readProgram(now);
    const active = new Set(
      [...members.keys()].filter(
        (id) =>
          !(RPM_EXPECTED.inactiveIds as readonly string[]).includes(id) &&
          !(RPM_EXPECTED.endedIds as readonly string[]).includes(id),
      ),
    );
    const last = (m: { daysAgo: number[] }) => Math.min(...m.daysAgo);
    expect(idsWhere(members, (m) => m.daysAgo.length === 0, active)).toEqual(
      RPM_EXPECTED.neverStartedIds,
    );
    expect(idsWhere(members, (m) => m.daysAgo.length > 0 && last(m) === 4, active)).toEqual(
      RPM_EXPECTED.stopped4DaysIds,
    );
    expect(
      idsWhere(members, (m) => m.daysAgo.length > 0 && last(m) >= 8 && last(m) <= 14, active),
    ).toEqual(RPM_EXPECTED.stoppedWeekIds);
    // Every other day: only odd days ago, and no two days in a row.
    expect(
      idsWhere(members, (m) => m.daysAgo.length > 0 && m.daysAgo.every((d) => d % 2 === 1), active),
    ).toEqual(RPM_EXPECTED.everyOtherDayIds);
    // Nobody has a reading today: the counts cannot depend on the hour.
    expect(idsWhere(members, (m) => m.daysAgo.some((d) => d < 1))).toEqual([]);
    // The rest of the active readers read every day up to yesterday.
    const irregular = new Set([
      ...RPM_EXPECTED.neverStartedIds,
      ...RPM_EXPECTED.stopped4DaysIds,
      ...RPM_EXPECTED.stoppedWeekIds,
      ...RPM_EXPECTED.everyOtherDayIds,
      ...RPM_EXPECTED.midPeriod.ids,
    ]);
    for (const id of active) {
      if (irregular.has(id)) continue;
      const m = members.get(id);
      const set = m ? days(m) : new Set<number>();
      const first = Math.max(...set);
      expect(set.size, id).toBe(first);
    }
  });

  it('gives mid-period members 15 reading days in the 16 days since their period began, all from the cuff', () => {
    const { members } = readProgram(NOW);
    const { ids, periodStartDaysAgo, deviceDaysInPeriod } = RPM_EXPECTED.midPeriod;
    expect(ids).toHaveLength(4);
    for (const id of ids) {
      const m = members.get(id);
      const inPeriod = [...(m ? days(m) : [])].filter((d) => d <= periodStartDaysAgo);
      expect(inPeriod, id).toHaveLength(deviceDaysInPeriod);
      expect(m?.typed, id).toBe(0);
    }
  });
});
