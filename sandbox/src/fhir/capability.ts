/** The R4 CapabilityStatement of what this FHIR side really supports (the auth side adds security). */
import { RESULT_PARAMS, SEARCH_PARAMS, SUPPORTED_INCLUDES, type ParamDef } from './params';

const TYPE_OF: Record<ParamDef['kind'], string> = {
  token: 'token',
  reference: 'reference',
  patient: 'reference',
  date: 'date',
  lastUpdated: 'date',
  id: 'token',
  name: 'string',
};

export function capabilityStatement(baseUrl: string): Record<string, unknown> {
  const resource = Object.entries(SEARCH_PARAMS).map(([type, params]) => ({
    type,
    interaction: [
      { code: 'read' },
      { code: 'vread' },
      { code: 'search-type' },
      ...(type === 'Observation' ? [{ code: 'create' }] : []),
    ],
    versioning: 'versioned',
    readHistory: false,
    ...(type === 'Observation' ? { conditionalCreate: true } : {}),
    searchInclude: SUPPORTED_INCLUDES[type] ?? [],
    searchParam: Object.entries(params).map(([name, def]) => ({ name, type: TYPE_OF[def.kind] })),
  }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString().slice(0, 10),
    kind: 'instance',
    software: { name: 'Tensio SMART sandbox' },
    implementation: { description: 'Tensio local SMART sandbox (synthetic data)', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        resource,
        searchParam: [...RESULT_PARAMS].map((name) => ({
          name,
          type: name === '_count' ? 'number' : 'string',
        })),
      },
    ],
  };
}
