/** The counts at the top of the panel ("7 need action"), each group a filter toggle. */
import { TRIAGE_LABEL, TRIAGE_ORDER, type TriageGroup } from '../../clinical/rpm-triage';
import { NEEDS_ACTION } from '../../clinical/rpm-triage-order';
import type { PanelRow, RowStatus } from './panel-rows';

export interface PanelSummaryProps {
  rows: readonly PanelRow[];
  total: number;
  selected: ReadonlySet<RowStatus>;
  onToggle: (status: RowStatus) => void;
  onClear: () => void;
}

const needsAction = (s: RowStatus) => s !== 'loading' && s !== 'failed' && NEEDS_ACTION.has(s);

export function PanelSummary({ rows, total, selected, onToggle, onClear }: PanelSummaryProps) {
  const counts = new Map<RowStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const needAction = rows.filter((r) => needsAction(r.status)).length;
  const loading = counts.get('loading') ?? 0;
  const statuses: (TriageGroup | 'failed')[] = [...TRIAGE_ORDER, 'failed'];
  return (
    <section className="panel-summary" aria-label="Triage counts">
      <p className="panel-summary__headline" role="status" aria-live="polite">
        <strong>{needAction} need action</strong> of {total} enrolled
        {loading > 0 ? (
          <span className="muted">
            {' '}
            · triaging… {total - loading} of {total} done
          </span>
        ) : null}
      </p>
      <div className="panel-summary__groups" role="group" aria-label="Show only">
        {statuses.map((s) => {
          const n = counts.get(s) ?? 0;
          if (s === 'failed' && n === 0) return null;
          const label = s === 'failed' ? 'Could not be read' : TRIAGE_LABEL[s];
          return (
            <button
              key={s}
              type="button"
              className={`panel-chip panel-chip--${s}`}
              aria-pressed={selected.has(s)}
              onClick={() => {
                onToggle(s);
              }}
            >
              {label} <span className="panel-chip__count">{n}</span>
            </button>
          );
        })}
        {selected.size > 0 ? (
          <button type="button" className="panel-chip panel-chip--clear" onClick={onClear}>
            Show all
          </button>
        ) : null}
      </div>
    </section>
  );
}
