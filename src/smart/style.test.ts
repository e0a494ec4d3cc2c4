import { describe, expect, it } from 'vitest';
import { boundedDimension, parseSmartStyle } from './style';

describe('parseSmartStyle keeps only safe, usable values', () => {
  it.each([
    ['a normal font size', { dim_font_size: '16px' }, { fontSize: '16px' }],
    ['a unitless font size (px)', { dim_font_size: '14' }, { fontSize: '14' }],
    ['a rem font size', { dim_font_size: '1.125rem' }, { fontSize: '1.125rem' }],
    ['999rem is dropped (the app would be unusable)', { dim_font_size: '999rem' }, {}],
    ['a 4 px font is dropped (unreadable)', { dim_font_size: '4px' }, {}],
    ['the largest allowed font size', { dim_font_size: '22px' }, { fontSize: '22px' }],
    ['just above it', { dim_font_size: '22.5px' }, {}],
    ['the smallest allowed font size', { dim_font_size: '12px' }, { fontSize: '12px' }],
    ['a huge radius is dropped', { dim_border_radius: '500px' }, {}],
    ['a huge spacing is dropped', { dim_spacing_size: '10rem' }, {}],
    ['a normal spacing', { dim_spacing_size: '8px' }, { spacingSize: '8px' }],
    ['CSS injection in a colour', { color_text: 'red;background:url(x)' }, {}],
    ['a colour', { color_text: '#1f2328' }, { colorText: '#1f2328' }],
    ['a number where a string belongs', { color_text: 12, dim_font_size: 16 }, {}],
    ['a 1 MB font family', { font_family_body: 'A'.repeat(1_000_000) }, {}],
  ])('%s', (_name, raw, expected) => {
    expect(parseSmartStyle(raw)).toEqual(expected);
  });

  it.each([null, 'style', 42, [1, 2]])('%j is no style at all', (raw) => {
    expect(parseSmartStyle(raw)).toEqual({});
  });

  it('a % radius is bounded too', () => {
    expect(boundedDimension('borderRadius', '50%')).toBe('50%');
    expect(boundedDimension('borderRadius', '51%')).toBeUndefined();
  });
});
