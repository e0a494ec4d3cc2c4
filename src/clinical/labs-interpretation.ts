/**
 * The server's interpretation codes, read for their meaning. Source: HL7 v3 ObservationInterpretation,
 * http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation (HL7 Terminology 5.x, the code
 * system FHIR R4 Observation.interpretation is bound to; v2 table 0078 uses the same codes).
 *
 * Severity follows the code system's own hierarchy:
 * - critical: AA "Critical abnormal", HH "Critical high", LL "Critical low" (above/below a panic limit
 *   "at which immediate action should be considered for patient safety").
 * - abnormal: A, H, L, and HU / LU "Significantly high / low", which the code system defines as
 *   "significantly higher than the reference interval, but has not reached the critically high value ...
 *   situated between 'H' and 'HH'": NOT critical. Deprecated H> / L< likewise. HX / LX / EX (beyond a
 *   cut-off) are flagged like H / L.
 * - normal: N.
 * - neutral: everything else. Change codes (B better, W worse, U / D significant change up / down)
 *   compare with the previous result and say nothing about normality; detection (POS, NEG, DET, ND,
 *   IND, E), susceptibility (S, R, I ...), reactivity, expectation and technical exceptions (<, >, IE,
 *   QCF ...) likewise. The code system says so itself: "the judgment of normalcy is just one of the
 *   common rough interpretations, and is often not relevant". They are shown in words, unstyled.
 */
import { ownValue } from '../fhir/own-key';

export type FlagSeverity = 'normal' | 'neutral' | 'abnormal' | 'critical';

export const V3_INTERPRETATION =
  'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const V2_0078 = 'http://terminology.hl7.org/CodeSystem/v2-0078';

type Entry = readonly [label: string, severity: FlagSeverity];

export const INTERPRETATIONS: Readonly<Record<string, Entry>> = {
  // Normality
  N: ['Normal', 'normal'],
  A: ['Abnormal', 'abnormal'],
  AA: ['Critical abnormal', 'critical'],
  H: ['High', 'abnormal'],
  HH: ['Critical high', 'critical'],
  HU: ['Significantly high', 'abnormal'],
  'H>': ['Significantly high', 'abnormal'],
  L: ['Low', 'abnormal'],
  LL: ['Critical low', 'critical'],
  LU: ['Significantly low', 'abnormal'],
  'L<': ['Significantly low', 'abnormal'],
  HX: ['Above high threshold', 'abnormal'],
  LX: ['Below low threshold', 'abnormal'],
  EX: ['Outside threshold', 'abnormal'],
  // Change from the previous result
  B: ['Better', 'neutral'],
  W: ['Worse', 'neutral'],
  U: ['Significant change up', 'neutral'],
  D: ['Significant change down', 'neutral'],
  // Detection
  POS: ['Positive', 'neutral'],
  NEG: ['Negative', 'neutral'],
  DET: ['Detected', 'neutral'],
  ND: ['Not detected', 'neutral'],
  IND: ['Indeterminate', 'neutral'],
  E: ['Equivocal', 'neutral'],
  // Reactivity and expectation
  RR: ['Reactive', 'neutral'],
  WR: ['Weakly reactive', 'neutral'],
  NR: ['Non-reactive', 'neutral'],
  EXP: ['Expected', 'neutral'],
  UNE: ['Unexpected', 'neutral'],
  // Susceptibility (microbiology)
  S: ['Susceptible', 'neutral'],
  R: ['Resistant', 'neutral'],
  I: ['Intermediate', 'neutral'],
  NS: ['Non-susceptible', 'neutral'],
  SDD: ['Susceptible, dose dependent', 'neutral'],
  'SYN-R': ['Synergy, resistant', 'neutral'],
  'SYN-S': ['Synergy, susceptible', 'neutral'],
  MS: ['Moderately susceptible', 'neutral'],
  VS: ['Very susceptible', 'neutral'],
  NCL: ['No CLSI defined breakpoint', 'neutral'],
  // Technical exceptions: no interpretation could be made
  '<': ['Off scale low', 'neutral'],
  '>': ['Off scale high', 'neutral'],
  AC: ['Anti-complementary substances present', 'neutral'],
  IE: ['Insufficient evidence', 'neutral'],
  QCF: ['Quality control failure', 'neutral'],
  TOX: ['Cytotoxic substance present', 'neutral'],
  HM: ['Hold for medical review', 'neutral'],
  // Genetics
  CAR: ['Carrier', 'neutral'],
  Carrier: ['Carrier', 'neutral'],
};

const RANK: Record<FlagSeverity, number> = { critical: 3, abnormal: 2, normal: 1, neutral: 0 };
export const moreSevere = (a: FlagSeverity, b: FlagSeverity) => (RANK[a] >= RANK[b] ? a : b);
export const isFlagged = (s: FlagSeverity | undefined) => s === 'critical' || s === 'abnormal';

export interface Meaning {
  label: string;
  severity: FlagSeverity;
  /** False for a code the table does not know (shown as sent). */
  known: boolean;
}

/**
 * The meaning of one interpretation. Codes are read only from the v3 / v2-0078 systems or a coding
 * without a system; a text alone is matched on the table's words. Codes are case-sensitive in the code
 * system, but servers send `h` and `hh`: an exact match first, then the upper-case one.
 * Something unknown keeps the server's words and is treated as abnormal: a flag the lab set and the
 * app cannot read is worth a look, never silently dropped.
 */
export function meaningOf(
  code: string | undefined,
  system: string | undefined,
  text: string,
): Meaning {
  const trusted = system === undefined || system === V3_INTERPRETATION || system === V2_0078;
  const entry =
    code !== undefined && trusted
      ? (ownValue(INTERPRETATIONS, code) ?? ownValue(INTERPRETATIONS, code.toUpperCase()))
      : undefined;
  if (entry) return { label: entry[0], severity: entry[1], known: true };
  const words = text.trim().toLowerCase();
  const byText = Object.values(INTERPRETATIONS).find(([label]) => label.toLowerCase() === words);
  if (byText) return { label: text, severity: byText[1], known: true };
  if (/critical|panic/.test(words)) return { label: text, severity: 'critical', known: false };
  return { label: text, severity: 'abnormal', known: false };
}
