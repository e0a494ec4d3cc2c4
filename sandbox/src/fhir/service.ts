/**
 * The sandbox's FHIR R4 side: an indexed in-memory store over the personas (and SANDBOX_DATA), answering
 * read, search (stable paging, _include) and Observation create, with scopes and the patient
 * compartment enforced per request. The auth side authenticates and calls `handle`.
 */
import type { Resource } from 'fhir/r4';
import type {
  FhirRequest,
  FhirResponse,
  FhirService,
  FhirServiceOptions,
  PersonSummary,
} from '../contracts';
import { loadDataDir } from '../data-loader';
import { buildPersonas } from '../personas';
import { PERSONA_IDS } from '../personas/types';
import { capabilityStatement } from './capability';
import type { FhirContext } from './context';
import { handleCreate } from './create';
import { fail, FhirError, ok } from './outcome';
import { Snapshots } from './snapshots';
import { handleRead, handleSearch } from './read';
import { keys, Store, type Rec } from './store';

function lastUpdatedOf(resource: Resource, fallback: number): number {
  const stamp = resource.meta?.lastUpdated ? Date.parse(resource.meta.lastUpdated) : NaN;
  return Number.isNaN(stamp) ? fallback : stamp;
}

/** Adds resources, giving each meta.versionId/lastUpdated when it has none. */
export function addAll(store: Store, resources: readonly Resource[], now: number): void {
  const nowIso = new Date(now).toISOString();
  for (const resource of resources) {
    const meta = resource.meta;
    const updated = meta?.lastUpdated ? lastUpdatedOf(resource, now) : now;
    if (!meta) resource.meta = { versionId: '1', lastUpdated: nowIso };
    else {
      meta.versionId ??= '1';
      meta.lastUpdated ??= nowIso;
    }
    store.put(resource, updated);
  }
}

function summary(rec: Rec): PersonSummary {
  const resource = rec.resource as {
    name?: { given?: string[]; family?: string; text?: string; prefix?: string[] }[];
    birthDate?: string;
  };
  const name = resource.name?.[0];
  const display =
    name?.text ??
    [...(name?.prefix ?? []), ...(name?.given ?? []), name?.family ?? ''].join(' ').trim();
  const persona = (PERSONA_IDS as readonly string[]).includes(rec.id);
  return {
    id: rec.id,
    name: display || rec.id,
    ...(resource.birthDate ? { birthDate: resource.birthDate } : {}),
    ...(persona ? { description: rec.id } : {}),
  };
}

function route(ctx: FhirContext, req: FhirRequest): FhirResponse {
  const parts = req.path.split('/').filter((p) => p !== '');
  const method = req.method.toUpperCase();
  const [type, id, history, version, ...rest] = parts;
  if (!type || type === 'metadata') {
    return method === 'GET'
      ? ok(capabilityStatement(req.baseUrl))
      : fail(405, 'not-supported', `${method} is not supported here.`);
  }
  if (
    rest.length > 0 ||
    (history !== undefined && history !== '_history') ||
    (history && !version)
  ) {
    return fail(404, 'not-found', `Unknown path ${req.path}.`);
  }
  if (method === 'GET' && id === undefined) return handleSearch(ctx, req, type);
  if (method === 'GET' && id !== undefined) return handleRead(ctx, req, type, id, version);
  if (method === 'POST' && id === undefined) return handleCreate(ctx, req, type);
  return fail(405, 'not-supported', `${method} ${req.path} is not supported by this server.`);
}

export async function createFhirService(options: FhirServiceOptions): Promise<FhirService> {
  const resources = buildPersonas(options.now);
  if (options.dataDir) resources.push(...(await loadDataDir(options.dataDir)));
  return serviceFromResources(resources, options);
}

/** The service over exactly these resources (tests use it with their own data). */
export function serviceFromResources(
  resources: readonly Resource[],
  options: Omit<FhirServiceOptions, 'dataDir'>,
): FhirService {
  const store = new Store();
  addAll(store, resources, options.now.getTime());
  const ctx: FhirContext = {
    store,
    snapshots: new Snapshots(options.paging),
    maxPageSize: options.maxPageSize ?? 1000,
  };
  return {
    handle: (req) => {
      try {
        return route(ctx, req);
      } catch (error) {
        if (error instanceof FhirError) return error.toResponse();
        const message = error instanceof Error ? error.message : String(error);
        return fail(500, 'processing', `Internal error: ${message}`);
      }
    },
    capabilityStatement,
    listPeople: () => ({
      patients: [...store.all('Patient')].map(summary),
      practitioners: [...store.all('Practitioner')].map(summary),
    }),
    exists: (type, id) => store.get(type, id) !== undefined,
    latestEncounter: (patientId) =>
      store.index(keys.patient('Encounter', patientId))?.sorted().at(-1)?.id,
  };
}
