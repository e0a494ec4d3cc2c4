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
    if (typeof value === 'string' && pattern.test(value.trim())) style[key] = value.trim();
  }
  return style;
}

export async function fetchSmartStyle(url: string, signal?: AbortSignal): Promise<SmartStyle> {
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol)) return {};
  const response = await fetch(parsed, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`style sheet: HTTP ${response.status}`);
  return parseSmartStyle(await response.json());
}
