/**
 * The designed states every panel has (DESIGN.md "States every panel has"): loading (with progress),
 * empty, not authorized, error with retry, partial with retry, and a count of unreadable items.
 */
import type { ReactNode } from 'react';

export function LoadingState({
  label = 'Loading…',
  progress,
}: {
  label?: string;
  progress?: string;
}) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {label}
        {progress ? <span className="state__progress"> {progress}</span> : null}
      </span>
    </div>
  );
}

/** "4,000 of ~100,000 readings" — `total` is the server's claim, hence the tilde. */
export function formatProgress(loaded: number, total: number | undefined, noun: string): string {
  const n = loaded.toLocaleString('en-US');
  return total !== undefined && total >= loaded
    ? `${n} of ~${total.toLocaleString('en-US')} ${noun}`
    : `${n} ${noun}`;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      {children}
    </div>
  );
}

/** `what`: e.g. "medications"; `scopes`: the scopes that would have allowed it. */
export function NotAuthorizedState({ what, scopes }: { what: string; scopes?: readonly string[] }) {
  return (
    <div className="state state--denied" role="status">
      <strong>Not authorized to read {what}</strong>
      <span>
        {' '}
        — the launch did not grant{' '}
        {scopes && scopes.length > 0 ? <code>{scopes.join(' or ')}</code> : 'that access'}.
      </span>
    </div>
  );
}

export interface RetryableProps {
  /** What failed, e.g. "Could not load blood pressure readings". */
  title: string;
  /** A short reason for people (e.g. "the server did not answer"); never a stack trace. */
  detail?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

function RetryButton({
  onRetry,
  retrying,
}: {
  onRetry: () => void;
  retrying?: boolean | undefined;
}) {
  return (
    <button type="button" onClick={onRetry} disabled={retrying}>
      {retrying ? 'Retrying…' : 'Retry'}
    </button>
  );
}

export function ErrorState({ title, detail, onRetry, retrying }: RetryableProps) {
  return (
    <div className="state state--error" role="alert">
      <strong>{title}</strong>
      {detail ? <p>{detail}</p> : null}
      {onRetry ? <RetryButton onRetry={onRetry} retrying={retrying} /> : null}
    </div>
  );
}

/** Some pages or resources failed: the data shown is incomplete. */
export function PartialNotice({ title, detail, onRetry, retrying }: RetryableProps) {
  return (
    <div className="state state--partial" role="alert">
      <strong>{title}</strong>
      {detail ? <span> {detail}</span> : null}
      {onRetry ? <RetryButton onRetry={onRetry} retrying={retrying} /> : null}
    </div>
  );
}

export interface UnreadableItem {
  /** e.g. "Observation/abc" or a date. */
  label: string;
  reason: string;
}

/** "3 readings could not be read", with the reasons behind a disclosure. */
export function UnreadableCount({
  items,
  noun,
  nounPlural,
}: {
  items: readonly UnreadableItem[];
  noun: string;
  nounPlural?: string;
}) {
  if (items.length === 0) return null;
  const word = items.length === 1 ? noun : (nounPlural ?? `${noun}s`);
  return (
    <details className="unreadable">
      <summary>
        {items.length.toLocaleString('en-US')} {word} could not be read
      </summary>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`}>
            <span className="unreadable__label">{item.label}</span>: {item.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
