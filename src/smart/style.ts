/**
 * The EHR's style sheet (`smart_style_url`, SMART App Launch "Styling"): a small JSON of colours,
 * dimensions and fonts. Fetched without credentials or token, and every value is checked against a
 * strict pattern before it becomes a CSS custom property, so a hostile style cannot inject CSS.
 */
export interface SmartStyle {
  colorBackground?: string;
  colorText?: string;
  colorHighlight?: string;
  colorError?: string;
  colorSuccess?: string;
  fontFamilyBody?: string;
  fontFamilyHeading?: string;
  borderRadius?: string;
  fontSize?: string;
  spacingSize?: string;
}

/**
 * Sizes an EHR may set, per unit: outside them the app is unreadable or unusable (a `dim_font_size` of
 * `999rem`), so the value is dropped and our default stays. Base font 12–22 px (WCAG 1.4.4 asks for
 * text that stays usable; below ~12 px it is not); radius and spacing small enough to keep the layout.
 */
const LIMITS: Readonly<
  Record<'fontSize' | 'borderRadius' | 'spacingSize', Record<string, number>>
> = {
  fontSize: { px: 22, em: 1.375, rem: 1.375, '%': 137.5 },
  borderRadius: { px: 24, em: 1.5, rem: 1.5, '%': 50 },
  spacingSize: { px: 32, em: 2, rem: 2, '%': 200 },
};
const FONT_SIZE_MIN: Readonly<Record<string, number>> = { px: 12, em: 0.75, rem: 0.75, '%': 75 };

/** A dimension within its field's limits (a bare number means px), else undefined. */
export function boundedDimension(key: keyof typeof LIMITS, value: string): string | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3})?)(px|em|rem|%)?$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? 'px';
  const max = LIMITS[key][unit];
  const min = key === 'fontSize' ? (FONT_SIZE_MIN[unit] ?? 0) : 0;
  return max !== undefined && n >= min && n <= max ? value : undefined;
}

const COLOR = /^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\)|[a-zA-Z]{3,20})$/;
const DIMENSION = /^\d{1,3}(\.\d{1,3})?(px|em|rem|%)?$/;
const FONT = /^[a-zA-Z0-9 ,'"-]{1,120}$/;

const FIELDS: readonly [keyof SmartStyle, string, RegExp][] = [
  ['colorBackground', 'color_background', COLOR],
  ['colorText', 'color_text', COLOR],
  ['colorHighlight', 'color_highlight', COLOR],
  ['colorError', 'color_error', COLOR],
  ['colorSuccess', 'color_success', COLOR],
  ['fontFamilyBody', 'font_family_body', FONT],
  ['fontFamilyHeading', 'font_family_heading', FONT],
  ['borderRadius', 'dim_border_radius', DIMENSION],
  ['fontSize', 'dim_font_size', DIMENSION],
  ['spacingSize', 'dim_spacing_size', DIMENSION],
];

export function parseSmartStyle(raw: unknown): SmartStyle {
  if (typeof raw !== 'object' || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const style: SmartStyle = {};
  for (const [key, field, pattern] of FIELDS) {
    const value = source[field];
    if (typeof value !== 'string' || value.length > 200 || !pattern.test(value.trim())) continue;
    const text = value.trim();
    const bounded =
      key === 'fontSize' || key === 'borderRadius' || key === 'spacingSize'
        ? boundedDimension(key, text)
        : text;
    if (bounded !== undefined) style[key] = bounded;
  }
  return style;
}

/** A style sheet that does not answer within this time is given up: the default theme stays. */
export const STYLE_TIMEOUT_MS = 10_000;

export async function fetchSmartStyle(url: string, signal?: AbortSignal): Promise<SmartStyle> {
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol)) return {};
  const response = await fetch(parsed, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: { accept: 'application/json' },
    signal: signal
      ? AbortSignal.any([signal, AbortSignal.timeout(STYLE_TIMEOUT_MS)])
      : AbortSignal.timeout(STYLE_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`style sheet: HTTP ${response.status}`);
  return parseSmartStyle(await response.json());
}
