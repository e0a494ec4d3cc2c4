/** Loads and validates /config.json once per page. */
import { configSchema, type AppConfig } from './schema';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

let pending: Promise<AppConfig> | undefined;

export function parseConfig(raw: unknown): AppConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const where = result.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ConfigError(`config.json is invalid — ${where}`);
  }
  return result.data;
}

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
