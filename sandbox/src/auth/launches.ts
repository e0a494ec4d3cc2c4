/**
 * Launch state the sandbox keeps beside oidc-provider: EHR launch codes minted by the launcher, and one
 * record per grant (the launch context, the granted scopes, the faults and their counters). Tokens carry
 * only their grantId; everything SMART about them is looked up here, so a refresh keeps its context.
 */
import { randomBytes } from 'node:crypto';
import type { FaultState, Faults } from '../faults';

export interface LaunchContext {
  patient?: string;
  practitioner?: string;
  encounter?: string;
  needPatientBanner: boolean;
  faults: Faults;
}

export interface GrantRecord {
  /** The FHIR base the launch was for (`aud`); tokens work only under its path. */
  base: string;
  scopes: string[];
  patient?: string;
  encounter?: string;
  /** Relative, e.g. `Practitioner/practitioner-1`. */
  fhirUser?: string;
  needPatientBanner: boolean;
  faults: FaultState;
}

const LAUNCH_TTL_MS = 24 * 60 * 60 * 1000;
/** As long as oidc-provider keeps the grant (ttl.Grant): its tokens are dead after that anyway. */
export const GRANT_TTL_S = 2 * 24 * 60 * 60;
const PRUNE_EVERY = 1000;

export class LaunchStore {
  private readonly launches = new Map<string, { context: LaunchContext; expiresAt: number }>();
  private readonly grants = new Map<string, { record: GrantRecord; expiresAt: number }>();
  /** Issued access tokens -> grantId, so an answer to an expired token still knows its launch. */
  private readonly tokens = new Map<string, { grantId: string; expiresAt: number }>();
  private writes = 0;

  /** A launch code for an EHR launch. Reusable until it expires (apps reload); each use gets its own grant. */
  mint(context: LaunchContext): string {
    const code = randomBytes(16).toString('base64url');
    this.launches.set(code, { context, expiresAt: Date.now() + LAUNCH_TTL_MS });
    this.pruneNow();
    return code;
  }

  launch(code: string): LaunchContext | undefined {
    const entry = this.launches.get(code);
    if (!entry || entry.expiresAt <= Date.now()) return undefined;
    return entry.context;
  }

  saveGrant(grantId: string, record: GrantRecord): void {
    this.grants.set(grantId, { record, expiresAt: Date.now() + GRANT_TTL_S * 1000 });
    this.pruneNow();
  }

  grant(grantId: string | undefined): GrantRecord | undefined {
    const entry = grantId === undefined ? undefined : this.grants.get(grantId);
    return entry && entry.expiresAt > Date.now() ? entry.record : undefined;
  }

  rememberToken(accessToken: string, grantId: string): void {
    this.tokens.set(accessToken, { grantId, expiresAt: Date.now() + GRANT_TTL_S * 1000 });
    this.pruneNow();
  }

  /** The grant an access token was issued for, even after the token itself expired. */
  grantOfToken(accessToken: string | undefined): GrantRecord | undefined {
    const entry = accessToken === undefined ? undefined : this.tokens.get(accessToken);
    return entry ? this.grant(entry.grantId) : undefined;
  }

  /** A long-running demo launches all day: drop what has expired, now and then. */
  private pruneNow(): void {
    this.writes += 1;
    if (this.writes % PRUNE_EVERY !== 0) return;
    const now = Date.now();
    for (const [key, entry] of this.launches) if (entry.expiresAt <= now) this.launches.delete(key);
    for (const [key, entry] of this.grants) if (entry.expiresAt <= now) this.grants.delete(key);
    for (const [key, entry] of this.tokens) if (entry.expiresAt <= now) this.tokens.delete(key);
  }
}
