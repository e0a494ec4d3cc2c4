/**
 * The triaged panel as a table: only the rows near the viewport are in the DOM (window-virtualized,
 * each row measured, so phone cards of any height work), with `aria-rowcount`/`aria-rowindex` so a
 * screen reader still hears the whole list's size. A patient's name opens their dashboard.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { PanelRow } from './panel-rows';

const ESTIMATE = 88;

export interface PanelTableProps {
  rows: readonly PanelRow[];
  onOpen: (patientId: string) => void;
  /** A row to bring into view (the patient last opened, on return). */
  focusId?: string;
}

function openOnClick(onOpen: (id: string) => void, id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click opens a new tab the ordinary way (its own sign-in); a plain one stays here.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(id);
  };
}

export function PanelTable({ rows, onOpen, focusId }: PanelTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    setMargin(body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATE,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]?.id ?? i,
    initialRect: { width: 1280, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const top = (items[0]?.start ?? margin) - margin;
  const bottom = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? margin) - margin);
  return (
    <table className="panel-table" aria-rowcount={rows.length + 1}>
      <caption className="visually-hidden">
        Enrolled patients, most urgent first unless sorted otherwise
      </caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Patient</th>
          <th scope="col">Triage</th>
          <th scope="col">7-day home average</th>
          <th scope="col">Severe (7 days)</th>
          <th scope="col">Last reading</th>
          <th scope="col">
            Device days this period <span className="muted">(patient-entered not counted)</span>
          </th>
          <th scope="col">BP medicines</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {top > 0 ? (
          <tr aria-hidden="true" className="panel-table__spacer" style={{ height: top }} />
        ) : null}
        {items.map((item) => {
          const r = rows[item.index];
          if (!r) return null;
          return (
            <tr
              key={r.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-rowindex={item.index + 2}
              className={`panel-table__row panel-table__row--${r.status}${r.id === focusId ? ' panel-table__row--last-opened' : ''}`}
            >
              <th scope="row" className="panel-table__patient">
                <a
                  href={`?patient=${encodeURIComponent(r.id)}`}
                  onClick={openOnClick(onOpen, r.id)}
                >
                  {r.name}
                </a>
                {r.detail ? <span className="panel-table__detail">{r.detail}</span> : null}
              </th>
              <td className="panel-table__triage">
                <span className={`panel-badge panel-badge--${r.status}`}>{r.label}</span>
                {r.reasons.length > 0 ? (
                  <ul className="panel-table__reasons">
                    {r.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td data-label="7-day home average">
                {r.average}
                {r.goal ? <span className="panel-table__detail">goal {r.goal}</span> : null}
              </td>
              <td data-label="Severe (7 days)">{r.severe}</td>
              <td data-label="Last reading">{r.last}</td>
              <td data-label="Device days">
                {r.device}
                {r.deviceNote ? <span className="panel-table__detail">{r.deviceNote}</span> : null}
              </td>
              <td data-label="BP medicines">{r.meds}</td>
            </tr>
          );
        })}
        {bottom > 0 ? (
          <tr aria-hidden="true" className="panel-table__spacer" style={{ height: bottom }} />
        ) : null}
      </tbody>
    </table>
  );
}
