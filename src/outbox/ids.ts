/**
 * A version-4 UUID made on the device when a write is entered. It becomes the resource's identifier,
 * so it must be unguessable and unique across devices: always from the platform's CSPRNG.
 */
export function newUuid(): string {
  // randomUUID exists only in secure contexts (https, localhost); the launch requires one anyway for
  // PKCE, but getRandomValues keeps this working in older embedded browsers.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
