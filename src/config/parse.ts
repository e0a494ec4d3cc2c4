/** Validates a parsed config.json (pure: no fetch, so vite.config.ts can use it under Node). */
import { configSchema, type AppConfig } from './schema';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

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
