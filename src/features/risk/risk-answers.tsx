/**
 * Diabetes and current smoking are not in the record Tensio reads: the clinician may answer them here
 * for this calculation. Kept in the panel's state only, never written to the record.
 */
import { useId } from 'react';
import type { PreventAnswers } from '../../clinical/prevent-inputs';

type Key = keyof PreventAnswers;

const QUESTIONS: readonly [Key, string][] = [
  ['diabetes', 'Diabetes'],
  ['smoker', 'Current smoker (cigarettes in the last 30 days)'],
];

function Question({
  name,
  label,
  value,
  onChange,
}: {
  name: Key;
  label: string;
  value: boolean | undefined;
  onChange: (v: boolean | undefined) => void;
}) {
  const id = useId();
  const options: [string, boolean | undefined][] = [
    ['Not known', undefined],
    ['No', false],
    ['Yes', true],
  ];
  return (
    <fieldset className="risk-answers__question">
      <legend>{label}</legend>
      {options.map(([text, v]) => (
        <label key={text} className="risk-answers__option">
          <input
            type="radio"
            name={`${id}-${name}`}
            checked={value === v}
            onChange={() => {
              onChange(v);
            }}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

export function RiskAnswers({
  answers,
  onChange,
}: {
  answers: PreventAnswers;
  onChange: (a: PreventAnswers) => void;
}) {
  return (
    <div className="risk-answers">
      <p className="risk-answers__intro">
        Not in the record Tensio reads. Answer to narrow the result — used for this calculation
        only, not saved.
      </p>
      {QUESTIONS.map(([key, label]) => (
        <Question
          key={key}
          name={key}
          label={label}
          value={answers[key]}
          onChange={(v) => {
            const { [key]: _old, ...rest } = answers;
            onChange(v === undefined ? rest : { ...rest, [key]: v });
          }}
        />
      ))}
    </div>
  );
}
