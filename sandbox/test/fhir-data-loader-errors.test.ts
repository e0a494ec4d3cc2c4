/** SANDBOX_DATA files that cannot be loaded stop start-up with a message naming the file and why. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataLoadError, depthOf, loadDataDir, MAX_DEPTH } from '../src/data-loader';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `{"resourceType":..., "extension": [[[...]]]}` nested `levels` deep: JSON.parse copes, recursion did not. */
function deep(levels: number, bundle = false): string {
  const patient = `{"resourceType":"Patient","id":"deep","extension":${'['.repeat(levels)}${']'.repeat(levels)}}`;
  return bundle
    ? `{"resourceType":"Bundle","type":"collection","entry":[{"resource":${patient}}]}`
    : patient;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('depthOf', () => {
  it.each([
    ['a number', 1, 0],
    ['an empty object', {}, 1],
    ['a resource with a coding', { code: { coding: [{ code: 'x' }] } }, 4],
  ])('%s: %i', (_n, json, expected) => {
    expect(depthOf(json)).toBe(expected);
  });
  it('stops counting past the limit', () => {
    expect(depthOf(JSON.parse('['.repeat(5000) + ']'.repeat(5000)), 10)).toBe(11);
  });
});

describe('loadDataDir names the file it cannot load', () => {
  it.each([
    ['a deeply nested resource', deep(200_000)],
    ['a deeply nested Bundle entry', deep(200_000, true)],
    ['one level past the limit', deep(MAX_DEPTH)],
  ])('%s', async (_n, text) => {
    const dir = folder({
      'a-fine.json': '{"resourceType":"Patient","id":"ok"}',
      'deep.json': text,
    });
    const error = await loadDataDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as Error).message).toContain(join(dir, 'deep.json'));
    expect((error as Error).message).toContain(`nested deeper than ${MAX_DEPTH} levels`);
  });

  it('loads a resource nested just within the limit', async () => {
    const dir = folder({ 'ok.json': deep(MAX_DEPTH - 3) });
    expect((await loadDataDir(dir)).map((r) => r.id)).toEqual(['deep']);
  });

  it('a .json entry that cannot be read (a folder)', async () => {
    const dir = folder({});
    mkdirSync(join(dir, 'folder.json'));
    await expect(loadDataDir(dir)).rejects.toThrow(
      new RegExp(`${join(dir, 'folder.json')}: cannot read the file \\(EISDIR`),
    );
  });

  it('a folder that cannot be listed', async () => {
    const dir = folder({ 'x.json': '{}' });
    await expect(loadDataDir(join(dir, 'x.json'))).rejects.toThrow(
      /x\.json: cannot list the folder/,
    );
  });
});

describe('npm run sandbox with such a file', () => {
  it('exits 1 with one line naming the file and the reason, no stack trace', () => {
    const dir = folder({ 'deep.json': deep(200_000) });
    const result = spawnSync('node_modules/.bin/tsx', ['sandbox/src/main.ts'], {
      cwd: root,
      env: { ...process.env, SANDBOX_DATA: dir, SANDBOX_PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `sandbox: SANDBOX_DATA: ${join(dir, 'deep.json')}: JSON nested deeper`,
    );
    expect(result.stderr).not.toContain('RangeError');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
