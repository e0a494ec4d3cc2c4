/** The form's controls, each in a Field with its message; state lives in ReadingForm. */
import {
  toLocalInputValue,
  type FieldErrors,
  type ReadingDraft,
} from '../../clinical/reading-validation';
import { Field } from './field';

export interface FieldsProps {
  draft: ReadingDraft;
  errors: FieldErrors;
  update: <K extends keyof ReadingDraft>(field: K, value: ReadingDraft[K]) => void;
}

type NumberName = 'systolic' | 'diastolic' | 'pulse';

function NumberField({
  name,
  label,
  hint,
  draft,
  errors,
  update,
}: FieldsProps & { name: NumberName; label: string; hint: string }) {
  return (
    <Field label={label} hint={hint} error={errors[name]}>
      {(a) => (
        // Text with a numeric keypad, not type=number: that one turns "12a" into "" and hides the typo.
        <input
          {...a}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={draft[name]}
          onChange={(e) => {
            update(name, e.target.value);
          }}
        />
      )}
    </Field>
  );
}

export function ValueFields(props: FieldsProps) {
  return (
    <div className="rr-form__row rr-form__row--values">
      <NumberField {...props} name="systolic" label="Systolic (top number)" hint="mmHg" />
      <NumberField {...props} name="diastolic" label="Diastolic (bottom number)" hint="mmHg" />
      <NumberField {...props} name="pulse" label="Pulse (optional)" hint="beats per minute" />
    </div>
  );
}

export function ContextFields({ draft, errors, update }: FieldsProps) {
  return (
    <>
      <div className="rr-form__row">
        <Field label="Time taken" error={errors.time} className="rr-field--time">
          {(a) => (
            <input
              {...a}
              name="time"
              type="datetime-local"
              value={draft.time}
              max={toLocalInputValue(new Date())}
              onChange={(e) => {
                update('time', e.target.value);
              }}
            />
          )}
        </Field>
        <Field label="Arm (optional)" error={errors.arm}>
          {(a) => (
            <select
              {...a}
              name="arm"
              value={draft.arm}
              onChange={(e) => {
                update('arm', e.target.value as ReadingDraft['arm']);
              }}
            >
              <option value="">Not recorded</option>
              <option value="left">Left arm</option>
              <option value="right">Right arm</option>
            </select>
          )}
        </Field>
        <Field label="Position (optional)" error={errors.position}>
          {(a) => (
            <select
              {...a}
              name="position"
              value={draft.position}
              onChange={(e) => {
                update('position', e.target.value as ReadingDraft['position']);
              }}
            >
              <option value="">Not recorded</option>
              <option value="sitting">Sitting</option>
              <option value="standing">Standing</option>
              <option value="lying">Lying down</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="Note (optional)" error={errors.note} className="rr-field--wide">
        {(a) => (
          <textarea
            {...a}
            name="note"
            rows={2}
            value={draft.note}
            onChange={(e) => {
              update('note', e.target.value);
            }}
          />
        )}
      </Field>
    </>
  );
}
