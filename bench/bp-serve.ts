/**
 * Serving for the BP bench: the sandbox (with a 1,000-reading patient added through SANDBOX_DATA's
 * loader, spanning the same years as large-history) and the built app on Vite preview.
 */
import type { Bundle, Patient } from 'fhir/r4';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { createSandbox } from '../sandbox/src/server';
import {
  LARGE_HISTORY_COUNT,
  LARGE_HISTORY_STEP_MS,
  largeHistoryBp,
} from '../sandbox/src/personas/bp-large';
import { createRng, seedOf } from '../sandbox/src/personas/random';
import { writeLocalConfig } from '../scripts/local-config';

export const SPARSE_PATIENT = 'bench-bp-1k';

function sparseHistoryDir(now: Date): string {
  const dir = join(tmpdir(), `tensio-bench-bp-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const patient: Patient = {
    resourceType: 'Patient',
    id: SPARSE_PATIENT,
    name: [{ given: ['Bench'], family: 'Thousand' }],
    gender: 'female',
    birthDate: '1961-04-02',
  };
  // 1,000 readings over the same span as large-history's 100,000: 100 times sparser.
  const resources = largeHistoryBp(
    {
      patientId: 'large-history',
      now,
      rng: createRng(seedOf('bench-1k')),
      timeZone: 'America/New_York',
    },
    { count: 1000, step: (LARGE_HISTORY_STEP_MS * LARGE_HISTORY_COUNT) / 1000, idPrefix: 'bp-b1k' },
  );
  const json = JSON.stringify(resources).replaceAll(
    '"Patient/large-history"',
    `"Patient/${SPARSE_PATIENT}"`,
  );
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [patient, ...(JSON.parse(json) as Bundle['entry'] & object[])].map((resource) => ({
      resource,
    })),
  } as Bundle;
  writeFileSync(join(dir, 'bench-1k.json'), JSON.stringify(bundle));
  return dir;
}

export interface Served {
  appUrl: string;
  sandboxUrl: string;
  close(): Promise<void>;
}

export async function serve(sandboxPort: number, appPort: number, outDir: string): Promise<Served> {
  process.env.TENSIO_CONFIG = writeLocalConfig(
    sandboxPort,
    join(tmpdir(), `tensio-bench-${appPort}`),
  );
  const [sandbox] = await Promise.all([
    createSandbox({
      port: sandboxPort,
      appLaunchUrl: `http://127.0.0.1:${appPort}/launch`,
      fhirOptions: { dataDir: sparseHistoryDir(new Date()) },
    }),
    // BENCH_MINIFY=0 keeps names readable in a CPU profile (figures then run slower than shipped).
    build({
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify: process.env.BENCH_MINIFY !== '0' },
    }),
  ]);
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: appPort, strictPort: true },
    logLevel: 'warn',
  });
  return {
    appUrl: `http://127.0.0.1:${appPort}`,
    sandboxUrl: sandbox.url,
    close: async () => {
      await Promise.allSettled([server.close(), sandbox.close()]);
    },
  };
}
