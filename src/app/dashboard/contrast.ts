/**
 * WCAG 2.x contrast ratio for hex colours (relative luminance, WCAG 2.2 §1.4.3 definitions). Used to
 * keep an EHR's style colours only when text stays readable (4.5:1, AA for normal text).
 */
function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseHex(color: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** True when `fg` text on every one of `backgrounds` reaches 4.5:1 (unknown formats are refused). */
export function readableOn(fg: string, backgrounds: readonly string[]): boolean {
  return backgrounds.every((bg) => (contrastRatio(fg, bg) ?? 0) >= 4.5);
}
