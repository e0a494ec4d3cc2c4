/** The inputs PREVENT used, each with its value and date, and the ones missing with why. */
import { ageText, type DateTextOptions, formatWhen } from '../../clinical/date-text';
import {
  type DatedInput,
  INPUT_LABEL,
  type InputKey,
  type MedicineInput,
  type PreventRecord,
} from '../../clinical/prevent-inputs';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

function when(input: DatedInput, opts: DateTextOptions) {
  const day = formatWhen(input.t, input.precision ?? 'time', opts);
  return `${day} (${ageText(input.t, opts.now, opts.timeZone)})`;
}

function medicine(m: MedicineInput) {
  return m.value ? `Yes — ${m.medicines.join(', ')}` : 'No (none taken now)';
}

interface Row {
  key: InputKey;
  value: string;
  date?: string;
  note?: string;
}

function rows(rec: PreventRecord, opts: DateTextOptions): Row[] {
  const out: Row[] = [];
  const dated = (key: InputKey, input: DatedInput | undefined, unit: string) => {
    if (input)
      out.push({
        key,
        value: `${Math.round(input.value)} ${unit}`,
        date: when(input, opts),
        ...(input.note ? { note: input.note } : {}),
      });
  };
  if (rec.sex) out.push({ key: 'sex', value: rec.sex === 'female' ? 'Female' : 'Male' });
  if (rec.age)
    out.push({
      key: 'age',
      value: `${rec.age.approximate ? 'about ' : ''}${rec.age.value} years`,
      ...(rec.age.approximate ? { note: 'birth year only in the record' } : {}),
    });
  dated('totalCholesterol', rec.totalCholesterol, 'mg/dL');
  dated('hdl', rec.hdl, 'mg/dL');
  dated('systolic', rec.systolic, 'mmHg (office)');
  dated('egfr', rec.egfr, 'mL/min/1.73 m²');
  if (rec.antihypertensive)
    out.push({ key: 'antihypertensive', value: medicine(rec.antihypertensive) });
  if (rec.statin) out.push({ key: 'statin', value: medicine(rec.statin) });
  if (rec.diabetes !== undefined)
    out.push({ key: 'diabetes', value: yesNo(rec.diabetes), note: 'answered here, not saved' });
  if (rec.smoker !== undefined)
    out.push({ key: 'smoker', value: yesNo(rec.smoker), note: 'answered here, not saved' });
  return out;
}

export function RiskInputs({
  record,
  when: opts,
}: {
  record: PreventRecord;
  when: DateTextOptions;
}) {
  const used = rows(record, opts);
  return (
    <div className="risk-inputs">
      {used.length > 0 ? (
        <>
          <h3 className="risk-inputs__title">Inputs from the record</h3>
          <dl className="risk-inputs__list">
            {used.map((r) => (
              <div key={r.key} className="risk-inputs__row">
                <dt>{INPUT_LABEL[r.key]}</dt>
                <dd>
                  <span className="risk-inputs__value">{r.value}</span>
                  {r.date ? <span className="risk-inputs__date">{r.date}</span> : null}
                  {r.note ? <span className="risk-inputs__note">{r.note}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {record.missing.length > 0 ? (
        <>
          <h3 className="risk-inputs__title">Missing</h3>
          <ul className="risk-inputs__missing" aria-label="Missing inputs">
            {record.missing.map((m) => (
              <li key={m.key}>
                <strong>{INPUT_LABEL[m.key]}</strong>: {m.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
