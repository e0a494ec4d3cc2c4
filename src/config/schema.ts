/**
 * Runtime configuration (public/config.json), validated with zod so that one build serves the local
 * sandbox, the public SMART sandbox and a hospital EHR. Reference: docs/configuration.md.
 */
import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and its probe for that is an
// eval our CSP (script-src 'self', no 'unsafe-eval') reports as a violation. Set before any schema.
z.config({ jitless: true });

const httpUrl = z.url({ protocol: /^https?$/ });

export const serverSchema = z
  .object({
    /** Stable id used on the start page and in stored launch metadata. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    /** The FHIR base (`iss`) to use for a standalone launch from the start page. */
    fhirBaseUrl: httpUrl,
    /**
     * Which `iss` values this entry accepts: `exact` (the default) compares with fhirBaseUrl;
     * `prefix` accepts any iss under `issuerPrefix` (e.g. the sandbox's pre-answered /v/<opts>/fhir).
     */
    match: z.enum(['exact', 'prefix']).default('exact'),
    issuerPrefix: httpUrl.optional(),
    clientId: z.string().min(1),
    /** Absolute redirect URI registered with this EHR; default `<app origin>/`. */
    redirectUri: httpUrl.optional(),
    scopeVersion: z.enum(['v1', 'v2']).default('v2'),
    /** `offline_access` keeps working after the browser closes; `online_access` only while the user is. */
    refreshScope: z.enum(['offline_access', 'online_access', 'none']).default('online_access'),
    /** Replaces the generated resource scopes (space-separated), e.g. for an EHR that wants fewer. */
    resourceScopes: z.string().optional(),
    /** Ask to record home readings (Observation create). */
    write: z.boolean().default(true),
    /** Whether the start page offers this server for standalone launch. */
    standalone: z.boolean().default(true),
    /** Extra origins the app must reach for this server (token or style endpoints on other hosts). */
    extraOrigins: z.array(httpUrl).default([]),
    /**
     * The remote-monitoring panel's Group ids on this server. Empty (the default): the Groups whose
     * `managing-entity` is the signed-in practitioner (docs/remote-monitoring.md).
     */
    panelGroupIds: z.array(z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/)).default([]),
  })
  .refine((s) => s.match === 'exact' || s.issuerPrefix !== undefined, {
    message: 'match "prefix" needs issuerPrefix',
  });

const bpPair = z
  .string()
  .regex(/^\d{2,3}\/\d{2,3}$/, 'a goal like "140/90"')
  .transform((v) => {
    const [systolic, diastolic] = v.split('/').map(Number);
    return { systolic: systolic ?? 0, diastolic: diastolic ?? 0 };
  });

export const clinicalSchema = z
  .object({
    /**
     * The practice's office BP goal ("140/90"). Absent: the 2025 AHA/ACC goal of 130/80. A patient's
     * own FHIR Goal always wins; the home goal is its Table 11 equivalent (src/clinical/bp-goal.ts).
     */
    officeGoal: bpPair.optional(),
    /**
     * Shown to a patient after a severe home reading: who sees it and when, in the practice's words.
     * Absent: a default that promises nothing the practice may not do.
     */
    severeReadingNotice: z.string().min(1).max(600).optional(),
  })
  .default({});

export const configSchema = z.object({
  servers: z.array(serverSchema).min(1),
  /** PKCE S256 is always sent; "required" refuses servers that do not advertise it. */
  pkceMode: z.enum(['required', 'ifSupported']).default('required'),
  /** Deadline of one request attempt; one that takes longer is abandoned and may be retried. */
  network: z
    .object({
      readTimeoutMs: z.number().int().min(1000).max(600_000).default(30_000),
      writeTimeoutMs: z.number().int().min(1000).max(600_000).default(20_000),
      /** Date windows of a long history fetched at once (halved after a 429). */
      searchConcurrency: z.number().int().min(1).max(8).default(4),
    })
    .default({ readTimeoutMs: 30_000, writeTimeoutMs: 20_000, searchConcurrency: 4 }),
  clinical: clinicalSchema,
});

export type ServerConfig = z.infer<typeof serverSchema>;
export type AppConfig = z.infer<typeof configSchema>;
export type ClinicalConfig = z.infer<typeof clinicalSchema>;
