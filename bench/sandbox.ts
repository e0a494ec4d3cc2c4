/**
 * Sandbox figures: start-up (all personas built and indexed), and for the large-history persona
 * (100,000 home BP readings) one 1,000-entry Observation page by patient+code+date and a walk of all
 * pages. Printed, never asserted. Run alone: `node_modules/.bin/tsx bench/sandbox.ts`.
 */
import type { Bundle } from 'fhir/r4';
import { pathToFileURL } from 'node:url';
import type { FhirRequest, FhirService } from '../sandbox/src/contracts';
import { createFhirService } from '../sandbox/src/fhir/service';
import { buildPersonas } from '../sandbox/src/personas';

export interface SandboxBenchFigures {
  buildPersonasMs: number;
  startupMs: number;
  largeHistoryObservations: number;
  firstPageMs: number;
  firstPageMedianMs: number;
  walkAllPagesMs: number;
  pages: number;
}

const BASE = 'http://127.0.0.1:4400/fhir';
const PATIENT = 'large-history';

function get(service: FhirService, pathAndQuery: string): Promise<Bundle> {
  const [path = '', query = ''] = pathAndQuery.split('?');
  const req: FhirRequest = {
    method: 'GET',
    baseUrl: BASE,
    path,
    query: new URLSearchParams(query),
    headers: {},
    grant: { scopes: ['patient/*.read'], patient: PATIENT },
  };
  return Promise.resolve(service.handle(req)).then((res) => {
    if (res.status !== 200) throw new Error(`${pathAndQuery}: HTTP ${res.status}`);
    return res.body as Bundle;
  });
}

const ms = (start: number) => Math.round((performance.now() - start) * 100) / 100;

export async function runSandboxBench(): Promise<SandboxBenchFigures> {
  const now = new Date();
  let t = performance.now();
  const resources = buildPersonas(now);
  const buildPersonasMs = ms(t);
  t = performance.now();
  const service = await createFhirService({ now });
  const startupMs = ms(t);
  const since = new Date(now.getTime() - 10 * 365 * 86_400_000).toISOString().slice(0, 10);
  const query = `Observation?patient=${PATIENT}&code=http://loinc.org|85354-9&date=ge${since}&_sort=-date&_count=1000`;

  t = performance.now();
  const first = await get(service, query);
  const firstPageMs = ms(t);
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const s = performance.now();
    await get(service, query);
    runs.push(ms(s));
  }
  const firstPageMedianMs = runs.sort((a, b) => a - b)[4] ?? firstPageMs;

  t = performance.now();
  let page = await get(service, query);
  let pages = 1;
  for (
    let next = page.link?.find((l) => l.relation === 'next')?.url;
    next;
    next = page.link?.find((l) => l.relation === 'next')?.url
  ) {
    page = await get(service, next.slice(BASE.length + 1));
    pages++;
  }
  const walkAllPagesMs = ms(t);

  const figures: SandboxBenchFigures = {
    buildPersonasMs,
    startupMs,
    largeHistoryObservations: first.total ?? 0,
    firstPageMs,
    firstPageMedianMs,
    walkAllPagesMs,
    pages,
  };
  console.log('Sandbox (FHIR side)');
  console.log(`  build all personas (${resources.length} resources): ${buildPersonasMs} ms`);
  console.log(`  start-up, personas built and indexed:           ${startupMs} ms`);
  console.log(
    `  large-history: ${figures.largeHistoryObservations} Observations match patient+code+date`,
  );
  console.log(
    `  one 1,000-entry page: first ${firstPageMs} ms, median of 9 more ${firstPageMedianMs} ms`,
  );
  console.log(`  walking all ${pages} pages: ${walkAllPagesMs} ms`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runSandboxBench();
