/**
 * The "Record a reading" form. Nothing is sent from here: a valid reading goes into the durable outbox
 * (useRecordReading), which sends it. The reading's UUID is made when the form is opened for it and
 * kept until it is saved, so a double click or a repeated submit stores and sends it once.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import {
  severeGuidanceFor,
  toLocalInputValue,
  validateReading,
  type FieldErrors,
  type ReadingDraft,
  type ReadingField,
} from '../../clinical/reading-validation';
import { newUuid } from '../../outbox';
import { useClinicalConfig } from '../../queries/config';
import { useRecordReading } from '../../queries/record-reading';
import { ContextFields, ValueFields } from './reading-fields';
import { SevereGuidance } from './severe-guidance';

const FIELD_ORDER: readonly ReadingField[] = [
  'systolic',
  'diastolic',
  'pulse',
  'time',
  'arm',
  'position',
  'note',
];

const emptyDraft = (keep?: Pick<ReadingDraft, 'arm' | 'position'>): ReadingDraft => ({
  systolic: '',
  diastolic: '',
  pulse: '',
  time: toLocalInputValue(new Date()),
  arm: keep?.arm ?? '',
  position: keep?.position ?? '',
  note: '',
});

export function ReadingForm() {
  const [draft, setDraft] = useState<ReadingDraft>(() => emptyDraft());
  const [uuid, setUuid] = useState(newUuid);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [savedSevere, setSavedSevere] = useState<'none' | 'now' | 'past'>('none');
  const { clinical } = useClinicalConfig();
  const [status, setStatus] = useState('');
  const submitting = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const record = useRecordReading();

  const update = <K extends ReadingField>(field: K, value: ReadingDraft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // After a refused submit, messages follow the typing so the user sees a fix take effect.
    if (submitted) {
      const result = validateReading(next, new Date());
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current) return;
    setSubmitted(true);
    setStatus('');
    const result = validateReading(draft, new Date());
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first ?? ''}"]`)?.focus();
      return;
    }
    setErrors({});
    submitting.current = true;
    record.mutate(
      { uuid, reading: result.reading },
      {
        onSuccess: ({ online }) => {
          setSavedSevere(severeGuidanceFor(draft, new Date()));
          setStatus(
            online
              ? 'Saved on this phone — sending it to your record now.'
              : 'Saved on this phone — will be sent when you are online.',
          );
          setDraft(emptyDraft(draft));
          setUuid(newUuid());
          setSubmitted(false);
        },
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  };

  // While typing (plausible values only, so a typo never shows an emergency), else the saved one's.
  const typed = severeGuidanceFor(draft, new Date());
  const severe = typed !== 'none' ? typed : savedSevere;

  return (
    <form
      ref={formRef}
      className="rr-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Record a reading"
    >
      <ValueFields draft={draft} errors={errors} update={update} />
      {severe !== 'none' ? (
        <SevereGuidance
          kind={severe}
          saved={typed === 'none'}
          notice={clinical.severeReadingNotice}
        />
      ) : null}
      <ContextFields draft={draft} errors={errors} update={update} />
      <div className="rr-form__actions">
        <button
          type="submit"
          className="button-primary"
          disabled={record.isPending}
          aria-busy={record.isPending}
        >
          {record.isPending ? 'Saving…' : 'Save reading'}
        </button>
        <p className="rr-form__status" role="status" aria-live="polite">
          {record.isError
            ? 'Could not store the reading on this device. Please try again.'
            : status}
        </p>
      </div>
    </form>
  );
}
