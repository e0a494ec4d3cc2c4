/** Loads and validates /config.json once per page. */
import { ConfigError, parseConfig } from './parse';
import type { AppConfig } from './schema';

export { ConfigError, parseConfig } from './parse';

let pending: Promise<AppConfig> | undefined;

export function loadConfig(url = '/config.json'): Promise<AppConfig> {
  pending ??= fetch(url, { cache: 'no-store', credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok)
        throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
      return parseConfig(await response.json());
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error instanceof ConfigError
        ? error
        : new ConfigError('config.json could not be loaded');
    });
  return pending;
}
