import type { Bundle } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  bp,
  call,
  dataset,
  ids,
  issueText,
  makeService,
  nextUrl,
  request,
  search,
  T0,
} from './fhir-helpers';

const service = makeService();
const day = (i: number) => new Date(T0 + i * 86_400_000).toISOString().slice(0, 10);

describe('read', () => {
  it('returns the resource with its version headers', async () => {
    const res = await call(service, request('Observation/p1-bp-3'));
    expect(res.status).toBe(200);
    expect(res.headers?.ETag).toBe('W/"1"');
    expect((res.body as { id: string }).id).toBe('p1-bp-3');
  });
  it('answers 404 with an OperationOutcome for an unknown id', async () => {
    const res = await call(service, request('Observation/nope'));
    expect(res.status).toBe(404);
    expect(issueText(res)).toContain('OperationOutcome');
  });
});

describe('search parameters', () => {
  it('finds by patient in every accepted spelling', async () => {
    for (const p of [
      'patient=p2',
      'patient=Patient/p2',
      'subject=Patient/p2',
      `subject=${BASE}/Patient/p2`,
    ]) {
      expect((await search(service, `Observation?${p}`)).total).toBe(5);
    }
  });
  it('finds by code with and without system, and comma OR', async () => {
    expect(
      (await search(service, 'Observation?patient=p1&code=http://loinc.org|85354-9&_count=1'))
        .total,
    ).toBe(120);
    expect((await search(service, 'Observation?patient=p1&code=2823-3')).total).toBe(10);
    expect(
      (
        await search(
          service,
          'Observation?patient=p1&code=http://loinc.org|85354-9,http://loinc.org|2823-3&_count=1',
        )
      ).total,
    ).toBe(130);
    expect(
      (await search(service, 'Observation?patient=p1&code=http://snomed.info/sct|85354-9')).total,
    ).toBe(0);
  });
  it('filters by category, status and identifier', async () => {
    expect((await search(service, 'Observation?patient=p1&category=laboratory')).total).toBe(10);
    expect(
      (
        await search(
          service,
          'Observation?patient=p1&category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs&_count=1',
        )
      ).total,
    ).toBe(120);
    expect((await search(service, 'Observation?patient=p1&status=amended')).total).toBe(0);
    expect(ids(await search(service, 'Patient?identifier=urn:mrn|MRN-p2'))).toEqual(['p2']);
  });
  it('applies date prefixes, repeated as AND', async () => {
    const q = `Observation?patient=p1&code=85354-9&date=ge${day(10)}&date=lt${day(20)}`;
    const found = await search(service, q);
    expect(found.total).toBe(10);
    expect(ids(found)[0]).toBe('p1-bp-10');
    expect(
      (await search(service, `Observation?patient=p1&code=85354-9&date=${day(5)}`)).total,
    ).toBe(1);
    expect(
      (await search(service, `Observation?patient=p1&code=85354-9&date=gt${day(118)}`)).total,
    ).toBe(1);
    expect(
      (await search(service, `Observation?patient=p1&code=85354-9&date=le${day(1)}`)).total,
    ).toBe(2);
  });
  it('sorts by date both ways', async () => {
    expect(
      ids(await search(service, 'Observation?patient=p1&code=85354-9&_sort=-date&_count=2')),
    ).toEqual(['p1-bp-119', 'p1-bp-118']);
    expect(
      ids(await search(service, 'Observation?patient=p1&code=85354-9&_sort=date&_count=2')),
    ).toEqual(['p1-bp-0', 'p1-bp-1']);
  });
  it('searches Patient by name prefix and _id', async () => {
    expect(ids(await search(service, 'Patient?name=alva'))).toEqual(['p1']);
    expect(ids(await search(service, 'Patient?_id=p2,p1&_sort=_id'))).toEqual(['p1', 'p2']);
  });
  it('answers an unsupported parameter with a 400 OperationOutcome naming it', async () => {
    for (const [q, name] of [
      ['Observation?patient=p1&foo=bar', 'foo'],
      ['Observation?code:text=x', 'code:text'],
      ['Observation?_sort=value', '_sort'],
      ['Observation?_include=Observation:subject', '_include'],
    ]) {
      const res = await call(service, request(q ?? ''));
      expect(res.status).toBe(400);
      expect(issueText(res)).toContain(name);
    }
    expect((await call(service, request('Observation?date=sa2024'))).status).toBe(400);
    expect((await call(service, request('Basic?code=x'))).status).toBe(404);
  });
  it('tolerates _format', async () => {
    expect((await search(service, 'Observation?patient=p2&_format=json')).total).toBe(5);
  });
});

describe('paging', () => {
  const all = async (q: string, between?: () => void): Promise<Bundle[]> => {
    const pages = [await search(service, q)];
    for (let next = nextUrl(pages[0]); next; next = nextUrl(pages.at(-1))) {
      between?.();
      expect(next.startsWith(`${BASE}/Observation?`)).toBe(true);
      pages.push(await search(service, next.slice(BASE.length + 1)));
    }
    return pages;
  };
  it('defaults to 50 per page, caps _count at the maximum, and walks every page once', async () => {
    const pages = await all('Observation?patient=p1');
    expect(pages.map((p) => p.entry?.length)).toEqual([50, 50, 30]);
    const seen = pages.flatMap((p) => ids(p));
    expect(new Set(seen).size).toBe(130);
    expect(pages[0]?.link?.find((l) => l.relation === 'self')?.url).toBe(
      `${BASE}/Observation?patient=p1`,
    );
    expect(pages[0]?.entry?.[0]?.fullUrl).toBe(`${BASE}/Observation/${seen[0] ?? ''}`);
    const small = makeService(dataset(), 7);
    expect((await search(small, 'Observation?patient=p1&_count=1000')).entry).toHaveLength(7);
  });
  it('builds links from the base the request came in on', async () => {
    const other = 'http://localhost:9999/open/fhir';
    const res = await call(
      service,
      request('Observation?patient=p2&_count=2', undefined, { baseUrl: other }),
    );
    const bundle = res.body as Bundle;
    expect(nextUrl(bundle)?.startsWith(`${other}/Observation?`)).toBe(true);
    expect(bundle.entry?.every((e) => e.fullUrl?.startsWith(other))).toBe(true);
  });
  it('is stable when resources are written between pages', async () => {
    const mutable = makeService();
    let n = 0;
    const pages = [
      await search(mutable, 'Observation?patient=p1&code=85354-9&_sort=-date&_count=25'),
    ];
    for (let next = nextUrl(pages[0]); next; next = nextUrl(pages.at(-1))) {
      const created = await call(
        mutable,
        request('Observation', undefined, {
          method: 'POST',
          body: { ...bp('p1', 500 + n++), id: undefined },
        }),
      );
      expect(created.status).toBe(201);
      pages.push(await search(mutable, next.slice(BASE.length + 1)));
    }
    const seen = pages.flatMap((p) => ids(p));
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toBe('p1-bp-119');
  });
  it('answers 410 for an unknown page', async () => {
    expect(
      (await call(service, request('Observation?_getpages=nope&_getpagesoffset=50'))).status,
    ).toBe(410);
  });
});

describe('Medication by comma-separated _id (the app fetches referenced Medications in batches)', () => {
  const meds = Array.from({ length: 60 }, (_, i) => ({
    resourceType: 'Medication' as const,
    id: `m${i}`,
    code: { text: `Drug ${i}` },
  }));
  const medService = makeService([...dataset(), ...meds]);
  const fifty = Array.from({ length: 50 }, (_, i) => `m${i * 2}`);
  it('answers 50 ids in one page, skipping ids that do not exist', async () => {
    const got = ids(await search(medService, `Medication?_id=${fifty.join(',')}&_count=50`));
    expect(got.sort()).toEqual(fifty.filter((id) => Number(id.slice(1)) < 60).sort());
    expect(got).toHaveLength(30);
  });
  it('works under a patient-scoped grant', async () => {
    const grant = { scopes: ['patient/Medication.rs'], patient: 'p1' };
    expect(ids(await search(medService, 'Medication?_id=m1,m2,nope', grant)).sort()).toEqual([
      'm1',
      'm2',
    ]);
  });
});
