/**
 * The remote-monitoring panel (issue 14): every enrolled patient triaged, most urgent first, with the
 * counts per group as filters, a sort and a name filter. Rows fill in as each patient's data arrives.
 */
import { useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState, NotAuthorizedState } from '../../components/states';
import type { PanelData } from '../../queries/panel';
import {
  filterRows,
  panelRows,
  type RowStatus,
  SORT_LABEL,
  type SortKey,
  sortRows,
} from './panel-rows';
import { PanelSummary } from './panel-summary';
import { PanelTable } from './panel-table';
import './panel.css';

export interface PanelViewProps {
  data: PanelData;
  onOpen: (patientId: string) => void;
  lastOpened?: string;
}

const SORT_KEYS = Object.keys(SORT_LABEL) as SortKey[];
const isSortKey = (v: string): v is SortKey => (SORT_KEYS as string[]).includes(v);

export function PanelView({ data, onOpen, lastOpened }: PanelViewProps) {
  const [sort, setSort] = useState<SortKey>('triage');
  const [groups, setGroups] = useState<ReadonlySet<RowStatus>>(new Set());
  const [text, setText] = useState('');
  const { members, patients, outcomes, startedAt: now, timeZone } = data;
  const rows = useMemo(
    () => (members ? panelRows(members.members, patients, outcomes, { now, timeZone }) : []),
    [members, patients, outcomes, now, timeZone],
  );
  const shown = useMemo(
    () => sortRows(filterRows(rows, groups, text), sort),
    [rows, groups, text, sort],
  );

  if (data.block) return <PanelBlocked data={data} />;
  if (!members) return <LoadingState label="Finding your remote-monitoring patients…" />;
  if (members.members.length === 0) {
    return (
      <EmptyState>
        No patients are enrolled in {members.programs.map((p) => p.name).join(', ')}
        {members.skipped > 0 ? ` (${members.skipped} ended or inactive enrolments not shown)` : ''}.
      </EmptyState>
    );
  }
  const toggle = (s: RowStatus) => {
    setGroups((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  };
  return (
    <section className="panel-view" aria-labelledby="panel-title">
      <h2 id="panel-title" className="panel-view__title">
        {members.programs.map((p) => p.name).join(' · ')}
      </h2>
      <PanelSummary
        rows={rows}
        total={rows.length}
        selected={groups}
        onToggle={toggle}
        onClear={() => {
          setGroups(new Set());
        }}
      />
      <div className="panel-controls">
        <label>
          Sort by{' '}
          <select
            value={sort}
            onChange={(e) => {
              if (isSortKey(e.target.value)) setSort(e.target.value);
            }}
          >
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {SORT_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Find a patient{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </label>
        <span className="muted" role="status">
          {shown.length === rows.length
            ? `${rows.length} patients`
            : `${shown.length} of ${rows.length} patients shown`}
          {members.skipped > 0
            ? ` · ${members.skipped} ended or inactive enrolments not shown`
            : ''}
        </span>
      </div>
      {shown.length === 0 ? (
        <EmptyState>No patient matches these filters.</EmptyState>
      ) : (
        <PanelTable rows={shown} onOpen={onOpen} {...(lastOpened ? { focusId: lastOpened } : {})} />
      )}
    </section>
  );
}

function PanelBlocked({ data }: { data: PanelData }) {
  const block = data.block;
  if (!block) return null;
  switch (block.why) {
    case 'not-authorized':
      return <NotAuthorizedState what={block.what} scopes={block.scopes} />;
    case 'no-user':
    case 'no-program':
      return <EmptyState>{block.message}</EmptyState>;
    case 'failed':
      return (
        <ErrorState
          title="Could not load your remote-monitoring programs"
          detail="The server did not answer as expected."
          onRetry={data.retry}
        />
      );
  }
}
