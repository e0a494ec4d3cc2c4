import { useId, type ReactNode } from 'react';

export interface PanelProps {
  title: string;
  /** Heading level inside the dashboard (h2 by default). */
  level?: 2 | 3;
  /** Controls at the right of the heading (range picker, retry, …). */
  actions?: ReactNode;
  /** Extra class on the section, e.g. to span grid columns. */
  className?: string;
  /** Element id, for links to the panel (components/anchors.ts). */
  id?: string;
  children: ReactNode;
}

/** The frame of every dashboard panel: a labelled region with a heading and optional actions. */
export function Panel({ title, level = 2, actions, className, id, children }: PanelProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['panel', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      {...(id ? { id } : {})}
    >
      <header className="panel__header">
        <Heading id={headingId} className="panel__title">
          {title}
        </Heading>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
