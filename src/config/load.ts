/** Loads and validates /config.json once per page. */
import { ConfigError, parseConfig } from './parse';
import { assertProductionConfig } from './production';
import type { AppConfig } from './schema';

/** Production builds refuse development servers unless built with TENSIO_ALLOW_DEV_SERVERS=1. */
const devServersAllowed = (): boolean =>
  !import.meta.env.PROD || import.meta.env.TENSIO_DEV_SERVERS_ALLOWED === true;

export { ConfigError, parseConfig } from './parse';

let pending: Promise<AppConfig> | undefined;

export function loadConfig(url = '/config.json'): Promise<AppConfig> {
  pending ??= fetch(url, { cache: 'no-store', credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok)
        throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
      const config = parseConfig(await response.json());
      assertProductionConfig(config, devServersAllowed());
      return config;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error instanceof ConfigError
        ? error
        : new ConfigError('config.json could not be loaded');
    });
  return pending;
}
