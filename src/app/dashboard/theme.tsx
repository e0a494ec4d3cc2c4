/** Applies the EHR's smart_style_url (validated) as CSS custom properties; our default theme otherwise. */
import { useQuery } from '@tanstack/react-query';
import type { CSSProperties, ReactNode } from 'react';
import { queryKeys } from '../../queries/keys';
import { fetchSmartStyle, type SmartStyle } from '../../smart/style';
import { readableOn } from './contrast';

const VARS: readonly [keyof SmartStyle, string][] = [
  ['colorBackground', '--color-bg'],
  ['colorText', '--color-text'],
  // SMART's highlight colour is for accents behind text (often too light to be text itself).
  ['colorHighlight', '--color-highlight'],
  ['colorError', '--color-error'],
  ['colorSuccess', '--color-success'],
  ['fontFamilyBody', '--font-body'],
  ['fontFamilyHeading', '--font-heading'],
  ['borderRadius', '--radius'],
  ['spacingSize', '--space'],
];

/** Our panel surface and page background: EHR text colours must stay readable on both. */
const SURFACE = '#ffffff';
const TEXT_COLORS: ReadonlySet<keyof SmartStyle> = new Set([
  'colorText',
  'colorError',
  'colorSuccess',
]);

export function styleVariables(style: SmartStyle): CSSProperties {
  const vars: Record<string, string> = {};
  const page =
    style.colorBackground && readableOn(style.colorText ?? '#1f2328', [style.colorBackground])
      ? style.colorBackground
      : undefined;
  for (const [key, cssVar] of VARS) {
    const value = key === 'colorBackground' ? page : style[key];
    if (!value) continue;
    // An EHR colour that would make text unreadable (below WCAG AA) is dropped; ours stays.
    if (TEXT_COLORS.has(key) && !readableOn(value, [SURFACE, page ?? SURFACE])) continue;
    vars[cssVar] = value;
  }
  // A unitless font size from an EHR means px.
  if (style.fontSize)
    vars.fontSize = /\d$/.test(style.fontSize) ? `${style.fontSize}px` : style.fontSize;
  return vars;
}

export function Themed({
  styleUrl,
  children,
}: {
  styleUrl: string | undefined;
  children: ReactNode;
}) {
  const style = useQuery({
    queryKey: queryKeys.smartStyle(styleUrl ?? ''),
    queryFn: ({ signal }) => fetchSmartStyle(styleUrl ?? '', signal),
    enabled: styleUrl !== undefined,
    staleTime: Infinity,
  });
  return (
    <div className="app-theme" style={style.data ? styleVariables(style.data) : undefined}>
      {children}
    </div>
  );
}
