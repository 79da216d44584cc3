import { afterEach, describe, expect, it, vi } from 'vitest';
import { deletePhoto, duplicateEvent, previewUrl, putStock, uploadPhoto } from './api';
import { eventsSection, routeOf } from './section';

describe('routes of the events section', () => {
  it('tell the list, the new event, the providers and an event’s tabs apart', () => {
    expect(routeOf([])).toEqual({ screen: 'list' });
    expect(routeOf(['new'])).toEqual({ screen: 'new' });
    expect(routeOf(['providers'])).toEqual({ screen: 'providers' });
    expect(routeOf(['journees-2027'])).toEqual({ screen: 'event', eventId: 'journees-2027', tab: 'settings' });
    expect(routeOf(['journees-2027', 'stock'])).toEqual({ screen: 'event', eventId: 'journees-2027', tab: 'stock' });
    // An event may be called "new": with its tab it is still reachable.
    expect(routeOf(['new', 'steps'])).toEqual({ screen: 'event', eventId: 'new', tab: 'steps' });
    expect(routeOf(['journees-2027', 'nonsense'])).toEqual({ screen: 'event', eventId: 'journees-2027', tab: 'settings' });
  });

  it('is open to the roles the server lets configure events, not Finance', () => {
    expect(eventsSection.path).toBe('events');
    expect([...eventsSection.roles].sort()).toEqual(['Admin', 'OperationsManager', 'Staff']);
  });
});

describe('calls', () => {
  afterEach(() => vi.unstubAllGlobals());

  function recording(status: number, body: unknown = null) {
    const fetchMock = vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), {
      status, headers: body === null ? {} : { 'Content-Type': 'application/problem+json' },
    }));
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('put the stock of a product as slots and hand back the server’s refusal', async () => {
    const refusal = { errors: { 'slots.2027-03-24': [{ code: 'invalid', fr: 'Inférieur', en: 'Below' }] } };
    const fetchMock = recording(400, refusal);
    const answer = await putStock('demo', 'adagio', { '2027-03-24': 1 });
    expect(answer).toEqual({ status: 400, body: refusal });
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/events/demo/products/adagio/stock',
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ slots: { '2027-03-24': 1 } }) }));
  });

  it('duplicate with the new id and title', async () => {
    const fetchMock = recording(201, { id: 'copy' });
    await duplicateEvent('demo', 'copy', 'Copie');
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/events/demo/duplicate',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ newEventId: 'copy', title: 'Copie' }) }));
  });

  it('upload a photo as the raw image with its type', async () => {
    const fetchMock = recording(201, { id: 'a.png', url: '/x' });
    const image = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await uploadPhoto({ kind: 'provider', providerId: 'hotel-du-musee' }, image);
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/admin/providers/hotel-du-musee/photos');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('image/png');
    expect(init.body).toBe(image);
  });

  it('address each album and the preview', async () => {
    const fetchMock = recording(204);
    await deletePhoto({ kind: 'product', eventId: 'demo', productId: 'lunch' }, 'a.png');
    await deletePhoto({ kind: 'event', eventId: 'demo' }, 'b.png');
    expect(fetchMock.mock.calls.map((call) => (call as unknown as [string])[0])).toEqual([
      '/api/admin/events/demo/products/lunch/photos/a.png', '/api/admin/events/demo/photos/b.png',
    ]);
    expect(previewUrl('demo 1')).toBe('/register/?event=demo%201&preview=1');
  });
});
