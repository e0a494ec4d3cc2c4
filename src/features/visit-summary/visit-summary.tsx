/**
 * The printed visit summary: who, when printed, goal and verdict with its evidence, averages, what
 * needs attention, medication changes and the hypertension labs, on one or two pages. Rendered into
 * document.body (a portal) only while printing (use-printing.ts); in print it is the only thing
 * shown (visit-summary.css), so the printout has no buttons, controls, forms or live panels.
 */
import { type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';
import { formatDayTime, formatFhirDate } from '../../clinical/date-text';
import { browserTimeZone } from '../../clinical/time';
import { usePatient } from '../../queries/patient';
import { onPaper } from './model';
import { SummaryBp } from './summary-bp';
import { SummaryAttention, SummaryLabs, SummaryMedications } from './summary-lists';
import { usePrinting } from './use-printing';
import './visit-summary.css';

interface When {
  now: number;
  timeZone: string;
}

function Who({ timeZone }: When) {
  const patient = usePatient();
  const p = patient.data;
  if (patient.isError) return <p>The patient's details could not be read.</p>;
  if (!p) return <p>Loading the patient…</p>;
  const opts = onPaper(timeZone);
  return (
    <dl className="visit-summary__who">
      <div>
        <dt>Patient</dt>
        <dd>{p.name?.text ?? 'Name not recorded'}</dd>
      </div>
      <div>
        <dt>Born</dt>
        <dd>{p.birth ? formatFhirDate(p.birth, opts) : 'not recorded'}</dd>
      </div>
      <div>
        <dt>MRN</dt>
        <dd>{p.mrn?.text ?? 'not recorded'}</dd>
      </div>
      {p.deceased ? (
        <div>
          <dt>Died</dt>
          <dd>{p.deceased.at ? formatFhirDate(p.deceased.at, opts) : 'date not recorded'}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="visit-summary__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function VisitSummary({ timeZone, now: at }: { timeZone?: string; now?: number }) {
  const [now] = useState(() => at ?? Date.now());
  const when = { now, timeZone: timeZone ?? browserTimeZone() };
  return (
    <article className="visit-summary" aria-label="Visit summary" data-testid="visit-summary">
      <header className="visit-summary__header">
        <h1>Blood pressure visit summary</h1>
        <p>Printed {formatDayTime(now, onPaper(when.timeZone))} from Tensio</p>
      </header>
      <Who {...when} />
      <Section title="Goal and control">
        <SummaryBp {...when} />
      </Section>
      <Section title="Needs attention">
        <SummaryAttention {...when} />
      </Section>
      <Section title="Blood-pressure medication changes, last 12 months">
        <SummaryMedications {...when} />
      </Section>
      <Section title="Labs: latest and previous">
        <SummaryLabs {...when} />
      </Section>
    </article>
  );
}

/** The summary at the end of <body>, only while printing, so print can show it alone. */
export function VisitSummaryPortal({ timeZone }: { timeZone?: string }) {
  const printing = usePrinting();
  if (!printing) return null;
  return createPortal(<VisitSummary {...(timeZone ? { timeZone } : {})} />, document.body);
}
