/** The readings as CSV (RFC 4180), values as received: rounding is for display only. */
import { categoryOf } from '../../clinical/bp-category';
import type { BpReading } from '../../fhir/bp-types';

const HEADER = [
  'time',
  'systolic_mmHg',
  'diastolic_mmHg',
  'pulse_per_min',
  'reading_category',
  'setting',
  'setting_evidence',
  'source',
  'kind',
  'status',
  'observation_id',
];

/** Quote when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(readings: readonly BpReading[]): string {
  const lines = [HEADER.join(',')];
  for (const r of readings) {
    lines.push(
      [
        r.timeText,
        r.systolic,
        r.diastolic,
        r.pulse,
        categoryOf(r.systolic, r.diastolic),
        r.setting,
        r.settingEvidence,
        r.source,
        r.kind,
        r.status,
        r.id,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Starts a download of the CSV (an object URL, revoked once the click has been handled). */
export function downloadCsv(readings: readonly BpReading[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(readings)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
