/**
 * `/launch` — the SMART launch URL. With `iss` (+ `launch` for an EHR launch) it checks the iss against
 * the configured allowlist and only then redirects to the authorization server; without `iss` it shows
 * the start page. An unknown iss gets a page, never a redirect.
 */
import { useQuery } from '@tanstack/react-query';
import { LoadingState } from '../../components/states';
import { loadConfig, serverForIssuer } from '../../config';
import { LaunchFailedPage } from '../pages/launch-error';
import { useLocation } from '../router';
import { StartPage } from './start-page';
import { useAuthorize } from './use-authorize';

export default function LaunchPage() {
  const config = useQuery({
    queryKey: ['config'],
    queryFn: () => loadConfig(),
    staleTime: Infinity,
  });
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const iss = params.get('iss') ?? undefined;
  const launch = params.get('launch') ?? undefined;
  const panel = params.get('view') === 'panel';

  if (config.isPending) {
    return (
      <main className="message-page">
        <LoadingState label="Starting Tensio…" />
      </main>
    );
  }
  if (config.isError) {
    return (
      <LaunchFailedPage title="Tensio is not configured">
        <p>
          The app&apos;s configuration (config.json) could not be loaded or is invalid. Ask the
          person who deployed Tensio to check it.
        </p>
      </LaunchFailedPage>
    );
  }
  if (!iss) return <StartPage config={config.data} />;
  const server = serverForIssuer(config.data, iss);
  if (!server) {
    return (
      <LaunchFailedPage title="This server is not one Tensio knows">
        <p>
          Tensio was asked to connect to <code>{iss}</code>, which is not on its list of allowed
          servers, so it did not go there.
        </p>
        <p>
          If this is your organisation&apos;s EHR, an administrator must add it to Tensio&apos;s
          configuration.
        </p>
      </LaunchFailedPage>
    );
  }
  return (
    <Redirecting config={config.data} server={server} iss={iss} launch={launch} panel={panel} />
  );
}

function Redirecting(props: Parameters<typeof useAuthorize>[0]) {
  const failure = useAuthorize(props);
  if (failure) {
    return (
      <LaunchFailedPage title="Could not start the sign-in">
        <p>
          The server&apos;s SMART configuration could not be read, or it does not support PKCE
          (S256), which Tensio requires.
        </p>
        <p>
          Relaunch Tensio from your EHR, or <a href="/launch">choose a server</a>.
        </p>
      </LaunchFailedPage>
    );
  }
  return (
    <main className="message-page">
      <LoadingState label={`Connecting to ${props.server.label}…`} />
    </main>
  );
}
