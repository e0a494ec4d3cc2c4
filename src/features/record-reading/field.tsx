/**
 * One labelled form control with its hint and its validation message next to it. The message is
 * announced with the control (aria-describedby) and the control is marked invalid (aria-invalid).
 */
import { useId, type ReactElement } from 'react';

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** Receives id, aria-describedby and aria-invalid. */
  children: (control: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
  }) => ReactElement;
  className?: string;
}

export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div
      className={['rr-field', error ? 'rr-field--invalid' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label htmlFor={id} className="rr-field__label">
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="rr-field__hint">
          {hint}
        </span>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error ? (
        <span id={errorId} className="rr-field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
