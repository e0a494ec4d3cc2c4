/** The clinician header's "Print visit summary": opens the browser's print dialog on the summary. */
import { VisitSummaryPortal } from './visit-summary';

export function PrintSummaryButton({ timeZone }: { timeZone?: string }) {
  return (
    <>
      <button
        type="button"
        className="print-summary-button"
        onClick={() => {
          window.print();
        }}
      >
        Print visit summary
      </button>
      <VisitSummaryPortal {...(timeZone ? { timeZone } : {})} />
    </>
  );
}
