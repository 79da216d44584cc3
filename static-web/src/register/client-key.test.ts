import { describe, expect, it } from 'vitest';
import { clientKeyFor, fingerprint, forgetClientKey } from './client-key';
import type { SessionStore } from './store';

function fakeStorage(): SessionStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

const submission = { basket: { lines: [{ productId: 'fee', persons: ['p0'] }] }, method: 'card' };

describe('clientKey', () => {
  it('is generated once and reused for the same submission, also after a reload', () => {
    const storage = fakeStorage();
    const generate = counter();
    expect(clientKeyFor(storage, 'evt', submission, generate)).toBe('key-1');
    expect(clientKeyFor(storage, 'evt', structuredClone(submission), generate)).toBe('key-1');
    // A reload: nothing in memory survives but sessionStorage.
    const reloaded = fakeStorage();
    storage.data.forEach((value, key) => reloaded.setItem(key, value));
    expect(clientKeyFor(reloaded, 'evt', submission, counter())).toBe('key-1');
  });

  it('changes when the basket, contact or payment method changes', () => {
    const storage = fakeStorage();
    const generate = counter();
    clientKeyFor(storage, 'evt', submission, generate);
    expect(clientKeyFor(storage, 'evt', { ...submission, method: 'transfer' }, generate)).toBe('key-2');
    expect(clientKeyFor(storage, 'evt', { ...submission, method: 'transfer' }, generate)).toBe('key-2');
  });

  it('is kept per event', () => {
    const storage = fakeStorage();
    const generate = counter();
    expect(clientKeyFor(storage, 'a', submission, generate)).toBe('key-1');
    expect(clientKeyFor(storage, 'b', submission, generate)).toBe('key-2');
    expect(clientKeyFor(storage, 'a', submission, generate)).toBe('key-1');
  });

  it('is forgotten when the basket is emptied', () => {
    const storage = fakeStorage();
    const generate = counter();
    clientKeyFor(storage, 'evt', submission, generate);
    forgetClientKey(storage, 'evt');
    expect(clientKeyFor(storage, 'evt', submission, generate)).toBe('key-2');
  });

  it('still gives a stable key for the page when storage is unavailable', () => {
    const generate = counter();
    expect(clientKeyFor(null, 'no-storage', submission, generate)).toBe('key-1');
    expect(clientKeyFor(null, 'no-storage', submission, generate)).toBe('key-1');
  });

  it('makes a real random key by default', () => {
    const a = clientKeyFor(fakeStorage(), 'evt', submission);
    const b = clientKeyFor(fakeStorage(), 'evt', submission);
    expect(a).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(a).not.toBe(b);
  });
});

describe('fingerprint', () => {
  it('ignores key order and undefined values but not array order', () => {
    expect(fingerprint({ a: 1, b: [1, 2], c: undefined })).toBe(fingerprint({ b: [1, 2], a: 1 }));
    expect(fingerprint({ b: [2, 1], a: 1 })).not.toBe(fingerprint({ b: [1, 2], a: 1 }));
  });
});
