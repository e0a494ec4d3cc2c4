/** Standalone start: pick a configured server and say whether you are a patient or a clinician. */
import { useState, type SyntheticEvent } from 'react';
import type { AppConfig } from '../../config';
import type { UserMode } from '../../smart/types';
import { MessagePage } from '../pages/message-page';
import { useAuthorize } from './use-authorize';

export function StartPage({ config }: { config: AppConfig }) {
  const servers = config.servers.filter((s) => s.standalone);
  const [serverId, setServerId] = useState(servers[0]?.id ?? '');
  const [mode, setMode] = useState<UserMode | 'panel'>('patient');
  const [go, setGo] = useState(false);
  const server = servers.find((s) => s.id === serverId);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (server) setGo(true);
  };

  return (
    <MessagePage title="Open Tensio">
      <p>
        Tensio shows blood pressure, medications and labs from a health record. Choose where your
        record is.
      </p>
      <form className="start-form" onSubmit={submit}>
        <fieldset>
          <legend>Health record</legend>
          {servers.map((s) => (
            <label key={s.id}>
              <input
                type="radio"
                name="server"
                value={s.id}
                checked={s.id === serverId}
                onChange={() => {
                  setServerId(s.id);
                }}
              />
              {s.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>I am</legend>
          <label>
            <input
              type="radio"
              name="mode"
              value="patient"
              checked={mode === 'patient'}
              onChange={() => {
                setMode('patient');
              }}
            />
            a patient (my own record)
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="clinician"
              checked={mode === 'clinician'}
              onChange={() => {
                setMode('clinician');
              }}
            />
            a clinician (choose a patient)
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="panel"
              checked={mode === 'panel'}
              onChange={() => {
                setMode('panel');
              }}
            />
            a care team (my remote-monitoring panel)
          </label>
        </fieldset>
        <button type="submit" className="button-primary" disabled={!server || go}>
          Sign in
        </button>
      </form>
      {go && server ? <Go config={config} server={server} mode={mode} /> : null}
    </MessagePage>
  );
}

function Go({
  config,
  server,
  mode,
}: {
  config: AppConfig;
  server: AppConfig['servers'][number];
  mode: UserMode | 'panel';
}) {
  const failure = useAuthorize({
    config,
    server,
    iss: server.fhirBaseUrl,
    ...(mode === 'panel' ? { userChoice: 'clinician', panel: true } : { userChoice: mode }),
  });
  return failure ? (
    <p role="alert">
      The server&apos;s SMART configuration could not be read. Try again later or choose another
      server.
    </p>
  ) : (
    <p role="status">Connecting to {server.label}…</p>
  );
}
