import type { LabFlag } from '../../clinical/labs-flags';

/**
 * The flag as the server sent it (H, L, HH, A, …) with its meaning in words; a flag the app computed
 * from the range says so visibly, because nobody at the lab set it.
 */
export function FlagBadge({ flag }: { flag: LabFlag | undefined }) {
  if (!flag) return null;
  return (
    <span className={`lab-flag lab-flag--${flag.severity}`}>
      <abbr title={flag.label}>{flag.code}</abbr>
      <span className="lab-sr"> ({flag.label})</span>
      {flag.computed ? <span className="lab-flag__computed"> computed</span> : null}
    </span>
  );
}
