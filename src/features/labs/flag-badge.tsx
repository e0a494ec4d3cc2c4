import type { LabFlag } from '../../clinical/labs-flags';

/**
 * The flag as the server sent it (H, L, HH, A, B, …) with its meaning in words; a flag the app computed
 * from the range says so visibly, because nobody at the lab set it. H/L/N-style codes are familiar and
 * keep their meaning for screen readers and on hover; the rarer ones (B "Better", IND
 * "Indeterminate") print their meaning, since a lone letter would be guessed at.
 */
const FAMILIAR = /^(?:N|H|L|HH|LL|A|AA)(?: (?:N|H|L|HH|LL|A|AA))*$/;

export function FlagBadge({ flag }: { flag: LabFlag | undefined }) {
  if (!flag) return null;
  const familiar = FAMILIAR.test(flag.code);
  return (
    <span className={`lab-flag lab-flag--${flag.severity}`}>
      <abbr title={flag.label}>{flag.code}</abbr>
      <span className={familiar ? 'lab-sr' : 'lab-flag__label'}> ({flag.label})</span>
      {flag.computed ? <span className="lab-flag__computed"> computed</span> : null}
    </span>
  );
}
