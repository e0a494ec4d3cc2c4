/** `npm run sandbox` refuses a bad environment with a message naming the variable. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(env: Record<string, string>) {
  return spawnSync('node_modules/.bin/tsx', ['sandbox/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('main.ts environment validation', () => {
  it.each([
    [{ SANDBOX_PORT: 'abc' }, 'SANDBOX_PORT'],
    [{ SANDBOX_OPEN: 'yes' }, 'SANDBOX_OPEN'],
    [{ SANDBOX_CLIENTS: '[{"client_id":"x"}]' }, 'SANDBOX_CLIENTS'],
    [{ SANDBOX_DATA: '/nonexistent/folder' }, 'SANDBOX_DATA'],
  ])('%o', (env, name) => {
    const result = run(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(name);
  });
});
