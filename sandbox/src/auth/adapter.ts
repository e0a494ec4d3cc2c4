/**
 * In-memory storage for oidc-provider's models (the bundled MemoryAdapter keeps one module-wide LRU of
 * 1,000 entries shared by every provider in the process). Client lookups are answered by ClientPolicy.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { ClientPolicy } from './clients';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

export function createAdapterClass(clients: ClientPolicy): new (model: string) => Adapter {
  const store = new Map<string, Entry>();
  const now = () => Date.now();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return class MemoryAdapter implements Adapter {
    constructor(private readonly model: string) {}

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      const expiresAt = expiresIn ? now() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
      store.set(this.key(id), { payload, expiresAt });
      if (payload.uid)
        store.set(`${this.model}:uid:${payload.uid}`, { payload: { id }, expiresAt });
      if (payload.grantId) {
        const key = `grant:${payload.grantId}`;
        const members = (read(key)?.members as string[] | undefined) ?? [];
        store.set(key, {
          payload: { members: [...members, this.key(id)] },
          expiresAt: Number.POSITIVE_INFINITY,
        });
      }
      return Promise.resolve();
    }

    find(id: string): Promise<AdapterPayload | undefined> {
      if (this.model === 'Client') return Promise.resolve(clients.metadata(id));
      return Promise.resolve(read(this.key(id)));
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const ref = read(`${this.model}:uid:${uid}`);
      return Promise.resolve(typeof ref?.id === 'string' ? read(this.key(ref.id)) : undefined);
    }

    findByUserCode(): Promise<AdapterPayload | undefined> {
      return Promise.resolve(undefined);
    }

    consume(id: string): Promise<void> {
      const payload = read(this.key(id));
      if (payload) payload.consumed = Math.floor(now() / 1000);
      return Promise.resolve();
    }

    destroy(id: string): Promise<void> {
      store.delete(this.key(id));
      return Promise.resolve();
    }

    revokeByGrantId(grantId: string): Promise<void> {
      const members = read(`grant:${grantId}`)?.members as string[] | undefined;
      for (const key of members ?? []) store.delete(key);
      store.delete(`grant:${grantId}`);
      return Promise.resolve();
    }
  };
}
