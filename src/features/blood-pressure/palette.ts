/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), always paired with a shape so
 * colour is never the only cue: home ● blue, office ▲ vermilion, setting unknown ■ purple.
 * Systolic markers are filled, diastolic hollow.
 */
import type { SymbolType } from 'recharts/types/util/types';
import type { BpSetting } from '../../fhir/bp-types';

export const SETTING_STYLE: Record<
  BpSetting,
  { color: string; shape: SymbolType; glyph: string; label: string }
> = {
  home: { color: '#0072B2', shape: 'circle', glyph: '●', label: 'Home' },
  office: { color: '#D55E00', shape: 'triangle', glyph: '▲', label: 'Office' },
  unknown: { color: '#CC79A7', shape: 'square', glyph: '■', label: 'Setting unknown' },
};

export const GOAL_COLOR = '#009E73';
export const SEVERE_COLOR = '#1f2328';
export const SEVERE_LINE = '#b42318';
/** Okabe–Ito sky blue, dashed: low readings are ringed apart from normal ones. */
export const LOW_COLOR = '#0b6e99';
