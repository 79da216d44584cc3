import type { SessionStore } from './store';

// POST /registrations carries a clientKey so that a retry (double click, lost answer, reload) finds
// the registration already made instead of making a second one. One key per submission content:
// the same basket, contact and payment method reuse it; any change gets a new one.

const keyName = (eventId: string): string => `congres.register.${eventId}.clientKey`;

interface StoredKey {
  key: string;
  fingerprint: string;
}

/** A stable short hash (FNV-1a, 32 bits, hex) of a JSON value with sorted object keys. */
export function fingerprint(value: unknown): string {
  const text = stableJson(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function randomKey(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  cryptoApi.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// When storage is unavailable the key lives for the page only.
const memory = new Map<string, StoredKey>();

/** The key for this submission: the stored one when the content is the same, else a new one. */
export function clientKeyFor(
  storage: SessionStore | null,
  eventId: string,
  submission: unknown,
  generate: () => string = randomKey,
): string {
  const print = fingerprint(submission);
  const stored = readKey(storage, eventId) ?? memory.get(eventId) ?? null;
  if (stored && stored.fingerprint === print) return stored.key;
  const fresh: StoredKey = { key: generate(), fingerprint: print };
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(keyName(eventId), JSON.stringify(fresh));
    memory.delete(eventId);
  } catch {
    memory.set(eventId, fresh);
  }
  return fresh.key;
}

export function forgetClientKey(storage: SessionStore | null, eventId: string): void {
  memory.delete(eventId);
  try {
    storage?.removeItem(keyName(eventId));
  } catch {
    // Nothing to do.
  }
}

function readKey(storage: SessionStore | null, eventId: string): StoredKey | null {
  try {
    const raw = storage?.getItem(keyName(eventId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredKey>;
    return typeof value.key === 'string' && typeof value.fingerprint === 'string'
      ? { key: value.key, fingerprint: value.fingerprint }
      : null;
  } catch {
    return null;
  }
}
