import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../http';
import { api, problemOf, revision, revisionOf } from './client';
import { onSessionEnded } from './session-end';

afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('the one API client', () => {
  it('calls the same origin with the cookie and sends If-Match from the revision read before', async () => {
    const fetchMock = vi.fn(async () => json(200, {}, { ETag: '"8"' }));
    vi.stubGlobal('fetch', fetchMock);
    const { response } = await api.POST('/api/admin/registrations/{registrationId}/cancel', {
      params: { path: { registrationId: 'r 1' } }, body: { reason: 'x' }, headers: revision('"7"'),
    });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/admin/registrations/r%201/cancel');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"reason":"x"}' });
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"7"');
    expect(revisionOf(response)).toBe('"8"');
  });

  it('brings back the sign-in form on a 401, whatever the call', async () => {
    const ended = vi.fn();
    const release = onSessionEnded(ended);
    vi.stubGlobal('fetch', async () => json(401, { title: 'Sign in.' }));
    await api.GET('/api/admin/events');
    await api.POST('/api/admin/finance/payouts/{batchId}/cancel', { params: { path: { batchId: 'b' } } });
    release();
    expect(ended).toHaveBeenCalledTimes(2);
  });

  it('hands back problem documents and turns a failed connection into NetworkError', async () => {
    vi.stubGlobal('fetch', async () => json(409, { type: 'https://congress.example/problems/edit-conflict', title: 'Changed.' }));
    const { error } = await api.PUT('/api/admin/registrations/{registrationId}/contact', {
      params: { path: { registrationId: 'r' } }, body: {} as never,
    });
    expect(problemOf(error)?.title).toBe('Changed.');
    vi.stubGlobal('fetch', async () => { throw new TypeError('offline'); });
    await expect(api.GET('/api/admin/events')).rejects.toBeInstanceOf(NetworkError);
  });
});
