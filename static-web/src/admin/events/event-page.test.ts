import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishAction, setStatus } from './event-page';

const stored = (status: string, startDate: string) => ({
  id: 'demo', title: 'Séminaire', venue: 'Cité', city: 'Saint-Étienne', venueLatitude: null, venueLongitude: null,
  startDate, endDate: '2027-03-26', timeZone: 'Europe/Paris', summary: '', presentationHtml: '', termsHtml: '', status,
  registrationOpensAt: null, registrationClosesAt: null, maxParticipants: 5, depositPercent: 30, paymentMethods: ['card'],
  holdMinutes: 30, manualPaymentDays: 10, reminderDays: 3, payee: '', payeeAddress: '', iban: '', bic: '',
  createdAt: '2026-01-01T00:00:00Z', photos: [{ id: 'a.jpg', url: '/x' }],
});

interface Sent {
  method: string;
  url: string;
  body: Record<string, unknown> | null;
}

/** The server as it stands after a save made on the settings tab: the dates moved. */
function server(putStatus: number, putBody: unknown = null): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    sent.push({ method, url, body: typeof init.body === 'string' ? JSON.parse(init.body) : null });
    if (method === 'GET') return new Response(JSON.stringify(stored('Draft', '2027-03-24')), { status: 200, headers: { 'Content-Type': 'application/json' } });
    return new Response(putBody === null ? null : JSON.stringify(putBody), { status: putStatus, headers: { 'Content-Type': 'application/problem+json' } });
  });
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('publish and unpublish', () => {
  it('put back the settings read just before, not those of the page load, with the other status', async () => {
    const sent = server(204);
    const { response, settings } = await setStatus('demo', 'Published');
    expect(sent.map((call) => `${call.method} ${call.url}`)).toEqual(['GET /api/admin/events/demo', 'PUT /api/admin/events/demo']);
    // The save made since the page opened stands.
    expect(sent[1]?.body).toMatchObject({ startDate: '2027-03-24', status: 'Published', maxParticipants: 5 });
    expect(sent[1]?.body).not.toHaveProperty('photos');
    expect(response.status).toBe(204);
    // The header redraws from these.
    expect(settings).toMatchObject({ status: 'Published', startDate: '2027-03-24' });
  });

  it('hand back the server’s refusal, with no settings to show', async () => {
    const refusal = { detail: 'Dates missing', detail_fr: 'Dates manquantes' };
    server(400, refusal);
    const { response, settings } = await setStatus('demo', 'Published');
    expect(response).toEqual({ status: 400, body: refusal });
    expect(settings).toBeNull();
  });

  it('offer the other status than the one shown, and say so once done', () => {
    expect(publishAction('Draft')).toEqual({ next: 'Published', label: 'admin.events.publish', done: 'admin.events.nowPublished' });
    expect(publishAction('Published')).toEqual({ next: 'Draft', label: 'admin.events.unpublish', done: 'admin.events.nowDraft' });
  });
});
