import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { styleVariables } from './theme';

describe('EHR style', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
    expect(contrastRatio('red', '#fff')).toBeUndefined();
  });

  it('keeps readable colours and fonts, drops unreadable text colours', () => {
    const vars = styleVariables({
      colorBackground: '#edeae3',
      colorText: '#303030',
      colorSuccess: '#498e49', // 3.9:1 on white: dropped
      colorError: '#9e2d2d',
      colorHighlight: '#69b5ce', // accents only, never text: kept
      fontFamilyBody: 'Georgia, serif',
      fontSize: '13',
    }) as Record<string, string>;
    expect(vars).toMatchObject({
      '--color-bg': '#edeae3',
      '--color-text': '#303030',
      '--color-error': '#9e2d2d',
      '--color-highlight': '#69b5ce',
      '--font-body': 'Georgia, serif',
      fontSize: '13px',
    });
    expect(vars['--color-success']).toBeUndefined();
  });
});
