import { describe, expect, it } from 'vitest';
import { eventInHash, hashOf } from './event-route';

describe('the event in the address', () => {
  it('reads #event=… and writes it back, any id escaped', () => {
    expect(eventInHash('#event=cluster-tourisme-saint-etienne')).toBe('cluster-tourisme-saint-etienne');
    expect(eventInHash(hashOf('a b&c=d'))).toBe('a b&c=d');
    expect(hashOf('a b&c')).toBe('#event=a+b%26c');
  });

  it('names no event when the hash is empty or says nothing of one', () => {
    expect(eventInHash('')).toBeNull();
    expect(eventInHash('#')).toBeNull();
    expect(eventInHash('#event=')).toBeNull();
    expect(eventInHash('#other=x')).toBeNull();
  });
});
