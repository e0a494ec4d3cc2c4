/**
 * SMART scope reading (SMART App Launch 2.x, "Scopes and Launch Context"): v1 `patient/Observation.read`
 * / `.write` / `.*` and v2 `patient/Observation.rs` / `.cruds`, with optional `?param=value` restrictions.
 * The scopes *granted* (token response `scope`) decide what the app offers; never the ones requested.
 */
export type Interaction = 'c' | 'r' | 'u' | 'd' | 's';
export type ScopeContext = 'patient' | 'user' | 'system';

export interface ResourceScope {
  context: ScopeContext;
  resourceType: string; // '*' for all
  interactions: ReadonlySet<Interaction>;
  /** v2 query restriction, e.g. `category=laboratory`; absent when unrestricted. */
  restriction?: string;
}

const V1: Record<string, readonly Interaction[]> = {
  read: ['r', 's'],
  write: ['c', 'u', 'd'],
  '*': ['c', 'r', 'u', 'd', 's'],
};

const INTERACTIONS: readonly Interaction[] = ['c', 'r', 'u', 'd', 's'];
const isScopeContext = (c: string): c is ScopeContext =>
  c === 'patient' || c === 'user' || c === 'system';

export function parseResourceScope(scope: string): ResourceScope | undefined {
  const match = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)(?:\?(.+))?$/.exec(scope);
  if (!match) return undefined;
  const [, context, resourceType, perms, restriction] = match;
  if (!context || !resourceType || !perms) return undefined;
  let interactions: readonly Interaction[] | undefined = V1[perms];
  if (!interactions) {
    // v2: letters in c r u d s order, each at most once.
    if (!/^c?r?u?d?s?$/.test(perms)) return undefined;
    interactions = INTERACTIONS.filter((i) => perms.includes(i));
  }
  if (!isScopeContext(context)) return undefined;
  return {
    context,
    resourceType,
    interactions: new Set(interactions),
    ...(restriction ? { restriction } : {}),
  };
}

export function splitScopes(scope: string | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Whether the granted scopes allow `interaction` on `resourceType` for the launch patient. Restricted
 * scopes (`?category=…`) count as allowing it: the server narrows results, and the app asks within them.
 */
export function allows(
  granted: readonly string[],
  resourceType: string,
  interaction: Interaction,
): boolean {
  return granted.some((s) => {
    const parsed = parseResourceScope(s);
    return (
      parsed !== undefined &&
      parsed.context !== 'system' &&
      (parsed.resourceType === '*' || parsed.resourceType === resourceType) &&
      parsed.interactions.has(interaction)
    );
  });
}

export const canRead = (granted: readonly string[], resourceType: string) =>
  allows(granted, resourceType, 'r') || allows(granted, resourceType, 's');

export const canCreate = (granted: readonly string[], resourceType: string) =>
  allows(granted, resourceType, 'c');
