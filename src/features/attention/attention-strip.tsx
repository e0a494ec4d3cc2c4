/**
 * "Needs attention": the ranked items at the top of the clinician view (src/clinical/attention.ts),
 * each linking to its evidence on the page, and what could not be checked. Nothing is shown as
 * fine when it was not checked.
 */
import type { AttentionItem, Evidence } from '../../clinical/attention';
import { BP_PANEL_ID, LABS_PANEL_ID, labAnchor, medicationAnchor } from '../../components/anchors';
import { LoadingState } from '../../components/states';
import { useAttention } from '../../queries/attention';
import './attention.css';

export const evidenceHref = (e: Evidence): string => {
  switch (e.kind) {
    case 'lab':
      return `#${labAnchor(e.key)}`;
    case 'labs':
      return `#${LABS_PANEL_ID}`;
    case 'medication':
      return `#${medicationAnchor(e.id)}`;
    case 'bp':
      return `#${BP_PANEL_ID}`;
  }
};

const EVIDENCE_TEXT: Record<Evidence['kind'], string> = {
  lab: 'Show the result',
  labs: 'Show the labs',
  medication: 'Show the medication',
  bp: 'Show the readings',
};

function Item({ item }: { item: AttentionItem }) {
  return (
    <li className={`attention-item attention-item--${item.severity}`} data-kind={item.kind}>
      <span className="attention-item__title">{item.title}</span>
      <span className="attention-item__detail">{item.detail}</span>
      <a className="attention-item__link" href={evidenceHref(item.evidence)}>
        {EVIDENCE_TEXT[item.evidence.kind]}
      </a>
    </li>
  );
}

export function AttentionStrip({ timeZone }: { timeZone?: string }) {
  const { attention, deceased } = useAttention(timeZone);
  // After death nothing is actionable: the banner says so and the strip stays away.
  if (deceased) return null;
  return (
    <section className="attention" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title" className="attention__title">
        Needs attention
        {attention ? <span className="attention__count"> ({attention.items.length})</span> : null}
      </h2>
      {!attention ? (
        <LoadingState label="Checking labs, medications and readings…" />
      ) : attention.items.length === 0 ? (
        <p className="attention__none">
          Nothing flagged by the checks Tensio makes: critical lab values, severe readings in the
          last 7 days, potassium and kidney function after medication changes, medicines that raise
          BP, weeks above goal without a change, and yearly urine albumin.
        </p>
      ) : (
        <ol className="attention__list">
          {attention.items.map((item) => (
            <Item key={item.key} item={item} />
          ))}
        </ol>
      )}
      {attention?.unchecked.map((u) => (
        <p key={u} className="attention__unchecked">
          {u}
        </p>
      ))}
    </section>
  );
}
