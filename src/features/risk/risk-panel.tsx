/**
 * Cardiovascular risk: the AHA PREVENT 10-year total CVD risk from the record (clinical/prevent*.ts),
 * the inputs used with their dates, the missing ones named, and what the result means against the
 * 2025 AHA/ACC 7.5 % threshold for treating stage 1 hypertension.
 */
import { useMemo, useState } from 'react';
import { assessPrevent } from '../../clinical/prevent-assess';
import { gatherPreventInputs, type PreventAnswers } from '../../clinical/prevent-inputs';
import { browserTimeZone } from '../../clinical/time';
import { Panel } from '../../components/panel';
import { LoadingState, PartialNotice } from '../../components/states';
import { useBloodPressure } from '../../queries/blood-pressure';
import { useLabs } from '../../queries/labs';
import { useMedications } from '../../queries/medications';
import { usePatient } from '../../queries/patient';
import { RiskAnswers } from './risk-answers';
import { RiskInputs } from './risk-inputs';
import { RiskResult } from './risk-result';
import './risk.css';

const TITLE = 'Cardiovascular risk';

export interface RiskPanelProps {
  /** Epoch ms ages and "this year" are counted from (default: when the panel mounted). */
  now?: number;
  /** Zone dates are shown in (default: the browser's). */
  timeZone?: string;
}

export function RiskPanel({ now, timeZone }: RiskPanelProps = {}) {
  const patient = usePatient();
  const labs = useLabs();
  const meds = useMedications();
  // Every reading: the newest office one may be years old in a real record.
  const bp = useBloodPressure('all');
  const [mountedAt] = useState(() => Date.now());
  const [answers, setAnswers] = useState<PreventAnswers>({});
  const tz = timeZone ?? browserTimeZone();
  const at = now ?? mountedAt;

  const pending =
    patient.isPending ||
    (labs.allowed && labs.isPending) ||
    (meds.allowed && meds.isPending) ||
    (bp.allowed && bp.isPending);
  const labsData = labs.data;
  const bpData = bp.data;
  const medsData = meds.data;
  const record = useMemo(
    () =>
      gatherPreventInputs({
        ...(patient.data ? { patient: patient.data } : {}),
        ...(labsData ? { labs: labsData.summary.analytes } : {}),
        ...(bpData ? { bp: bpData.readings } : {}),
        ...(medsData ? { medications: medsData.entries } : {}),
        answers,
        now: at,
        timeZone: tz,
      }),
    [patient.data, labsData, bpData, medsData, answers, at, tz],
  );

  if (pending)
    return (
      <Panel title={TITLE} className="risk-panel">
        <LoadingState label="Gathering the risk inputs…" />
      </Panel>
    );

  const assessment = assessPrevent(record);
  const partial =
    labsData?.failure !== undefined ||
    labsData?.truncated === true ||
    bpData?.failure !== undefined ||
    bpData?.truncated === true ||
    (medsData?.failures.length ?? 0) > 0;
  // Answers only help once every input from the record is there.
  const answerable = assessment.kind === 'range' || assessment.kind === 'risk';
  return (
    <Panel title={TITLE} className="risk-panel">
      {partial ? (
        <PartialNotice
          title="Some records did not load."
          detail="A newer result than the one shown may exist."
        />
      ) : null}
      <RiskResult assessment={assessment} />
      {answerable ? <RiskAnswers answers={answers} onChange={setAnswers} /> : null}
      <RiskInputs record={record} when={{ now: at, timeZone: tz }} />
      <p className="risk-panel__fine">
        PREVENT (AHA, Khan et al., Circulation 2024) is for adults 30–79 without known
        cardiovascular disease; Tensio does not read diagnoses, so check this. With diabetes,
        chronic kidney disease or known cardiovascular disease, or at stage 2
        (≥&nbsp;140/90&nbsp;mmHg), the 2025 guideline recommends medication whatever the risk.
      </p>
    </Panel>
  );
}
