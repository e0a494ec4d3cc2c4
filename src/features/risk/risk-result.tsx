/** The headline: the PREVENT risk (or its range, or why there is none) and what it means at 7.5 %. */
import { riskPercentText } from '../../clinical/prevent';
import { type PreventAssessment, THRESHOLD_TEXT, unknownText } from '../../clinical/prevent-assess';
import { INPUT_LABEL } from '../../clinical/prevent-inputs';

const LABEL = 'PREVENT 10-year CVD risk';

export function RiskResult({ assessment: a }: { assessment: PreventAssessment }) {
  switch (a.kind) {
    case 'risk':
      return (
        <div className={`risk-result risk-result--${a.side}`}>
          <p className="risk-result__label">{LABEL}</p>
          <p className="risk-result__value" aria-label={`${LABEL} ${riskPercentText(a.risk)} %`}>
            {riskPercentText(a.risk)} %
          </p>
          <p className="risk-result__meaning">{THRESHOLD_TEXT[a.side]}</p>
        </div>
      );
    case 'range':
      return (
        <div className={`risk-result risk-result--${a.side}`}>
          <p className="risk-result__label">{LABEL}</p>
          <p
            className="risk-result__value"
            aria-label={`${LABEL} between ${riskPercentText(a.low)} and ${riskPercentText(a.high)} %`}
          >
            {riskPercentText(a.low)}–{riskPercentText(a.high)} %
          </p>
          <p className="risk-result__why">
            A range: {unknownText(a.unknown)} {a.unknown.length > 1 ? 'are' : 'is'} not known (the
            lower figure assumes no, the higher yes).
          </p>
          <p className="risk-result__meaning">{THRESHOLD_TEXT[a.side]}</p>
        </div>
      );
    case 'incomplete': {
      const blocking = a.missing.filter((m) => m.key !== 'diabetes' && m.key !== 'smoker');
      return (
        <div className="risk-result risk-result--none">
          <p className="risk-result__label">{LABEL}</p>
          <p className="risk-result__value risk-result__value--none">Cannot be calculated</p>
          <p className="risk-result__why">
            Missing: {blocking.map((m) => INPUT_LABEL[m.key].toLowerCase()).join(', ')}.
          </p>
        </div>
      );
    }
    case 'not-applicable':
      return (
        <div className="risk-result risk-result--none">
          <p className="risk-result__label">{LABEL}</p>
          <p className="risk-result__value risk-result__value--none">Does not apply</p>
          <p className="risk-result__why">{sentence(a.reason)}.</p>
        </div>
      );
  }
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
