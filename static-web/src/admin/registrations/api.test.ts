import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError, NetworkError } from '../../shared/http';
import { fetchCatalog, fetchEvents, fetchFile, fetchForm, fetchPage, fetchProviders, fetchTimeZone, putBasket, putContact, refund, resendEmail, toContactBody, cancelRegistration } from './api';
import { basketOf } from './basket-edit';
import { contactFields, fileOf, type RegistrationFile } from './file-model';
import { catalogAnswer, eventsAnswer, fileAnswer, formAnswer, listAnswer, providersAnswer } from './fixtures.test-helper';
import { emptyFilters } from './query';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    });
    const type = status === 200 || status === 201 ? 'application/json' : 'application/problem+json';
    return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

const file = (): RegistrationFile => fileOf(fileAnswer());
const kept = file().lines.map((_, index) => ({ kind: 'kept' as const, index }));

describe('reading the file', () => {
  it('keeps the ETag for the next change', async () => {
    stubFetch(200, fileAnswer(), { ETag: '"7"' });
    const loaded = await fetchFile('r-42');
    expect(loaded.etag).toBe('"7"');
    expect(loaded.file.number).toBe('00000042');
  });

  it('turns 404 into an HttpError the page can name', async () => {
    stubFetch(404, { title: 'Not found.' });
    await expect(fetchFile('r-x')).rejects.toEqual(new HttpError(404));
  });
});

describe('the list', () => {
  it('asks for a page with the filters as the query', async () => {
    const calls = stubFetch(200, listAnswer());
    const page = await fetchPage({ ...emptyFilters('a b'), q: 'Martin é', status: 'Confirmed', page: 2 });
    expect(calls.map((call) => call.url)).toEqual(['/api/admin/events/a%20b/registrations?q=Martin%20%C3%A9&status=Confirmed&page=2&pageSize=50']);
    expect(page.count).toBe(137);
  });
});

describe('events, form and providers', () => {
  it('lists the events from the staff list, drafts included', async () => {
    const calls = stubFetch(200, eventsAnswer());
    const events = await fetchEvents();
    expect(calls.map((call) => call.url)).toEqual(['/api/admin/events']);
    expect(events.find((event) => event.id === 'cluster-2027')?.status).toBe('Draft');
  });

  it('reads the filters’ products from the staff catalog, restricted ones included', async () => {
    const calls = stubFetch(200, catalogAnswer());
    const catalog = await fetchCatalog('a b');
    expect(calls.map((call) => call.url)).toEqual(['/api/admin/events/a%20b/catalog']);
    expect(catalog.products.find((product) => product.id === 'board-visit')).toMatchObject({
      id: 'board-visit', stepId: 'visits', label: { fr: 'Visite du bureau', en: 'Board visit' }, providerId: 'autocars', sortOrder: 0,
    });
  });

  it('reads the event’s time zone from its settings', async () => {
    const calls = stubFetch(200, { id: 'demo', title: 'Séminaire', timeZone: 'America/Martinique' });
    expect(await fetchTimeZone('demo')).toBe('America/Martinique');
    expect(calls.map((call) => call.url)).toEqual(['/api/admin/events/demo']);
    stubFetch(404, { title: 'Not found' });
    await expect(fetchTimeZone('demo')).rejects.toBeInstanceOf(HttpError);
  });

  it('reads the staff form, with the access code of the file when it has one', async () => {
    const calls = stubFetch(200, formAnswer());
    await fetchForm('demo');
    const form = await fetchForm('a b', 'CA 2026');
    expect(calls.map((call) => call.url)).toEqual(['/api/admin/events/demo/form', '/api/admin/events/a%20b/form?access=CA%202026']);
    expect(form.products.map((product) => product.id)).toContain('lunch-d1');
  });

  it('names providers from the staff list of providers', async () => {
    const calls = stubFetch(200, providersAnswer());
    expect((await fetchProviders()).map((provider) => provider.name)).toEqual(['Hôtel X', 'La Platine']);
    expect(calls[0]?.url).toBe('/api/admin/providers');
  });

  it('turns a refusal into an HttpError', async () => {
    stubFetch(403, { title: 'Forbidden.' });
    await expect(fetchEvents()).rejects.toEqual(new HttpError(403));
  });
});

describe('changing the basket', () => {
  it('PUTs the whole basket with If-Match', async () => {
    const calls = stubFetch(200, { ...fileAnswer(), revision: 8 }, { ETag: '"8"' });
    const outcome = await putBasket('r-42', '"7"', basketOf(file()), kept);
    expect(calls[0]).toMatchObject({ url: '/api/admin/registrations/r-42', method: 'PUT' });
    expect(calls[0]?.headers['If-Match']).toBe('"7"');
    expect(calls[0]?.headers['Content-Type']).toBe('application/json');
    expect(calls[0]?.body).toEqual({ accessCode: null, participants: fileAnswer().participants, lines: fileAnswer().lines });
    expect(outcome.kind === 'done' && outcome.loaded.etag).toBe('"8"');
  });

  it('reports an edit conflict on 409 edit-conflict', async () => {
    stubFetch(409, { type: 'https://congress.example/problems/edit-conflict', title: 'Conflict.' });
    expect((await putBasket('r-42', '"6"', basketOf(file()), kept)).kind).toBe('conflict');
  });

  it('places sold-out errors on the lines they name', async () => {
    stubFetch(409, {
      type: 'https://congress.example/problems/sold-out',
      errors: { 'lines[1]': [{ code: 'sold-out', fr: 'Plus que 0 chambre.', en: 'No room left.' }] },
    });
    const outcome = await putBasket('r-42', '"7"', basketOf(file()), kept);
    expect(outcome.kind).toBe('problems');
    if (outcome.kind === 'problems') expect(outcome.report.lines.get(1)?.[0]?.('en')).toBe('No room left.');
  });

  it('reports a network failure as failed, never as done', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    const outcome = await putBasket('r-42', '"7"', basketOf(file()), kept);
    expect(outcome.kind === 'failed' && outcome.error).toBeInstanceOf(NetworkError);
  });
});

describe('other changes', () => {
  it('PUTs the contact with If-Match, optional texts as null', async () => {
    const calls = stubFetch(200, fileAnswer(), { ETag: '"8"' });
    const contact = { ...contactFields(fileAnswer().contact), email: ' anne@example.org ', country: 'fr' };
    await putContact('r-42', '"7"', toContactBody(contact));
    expect(calls[0]).toMatchObject({ url: '/api/admin/registrations/r-42/contact', method: 'PUT' });
    expect(calls[0]?.headers['If-Match']).toBe('"7"');
    expect(calls[0]?.body).toMatchObject({ email: 'anne@example.org', country: 'FR', mobile: null, comment: null, phone: '0240000000' });
  });

  it('cancels with the reason and If-Match', async () => {
    const calls = stubFetch(200, { ...fileAnswer(), status: 'Cancelled', editable: false });
    await cancelRegistration('r-42', '"7"', 'Désistement');
    expect(calls[0]).toMatchObject({ url: '/api/admin/registrations/r-42/cancel', method: 'POST', body: { reason: 'Désistement' } });
    expect(calls[0]?.headers['If-Match']).toBe('"7"');
  });

  it('refunds without If-Match and tells whether an answer came back', async () => {
    const calls = stubFetch(201, fileAnswer());
    const body = { requestId: 'id-1', amount: 50, method: 'card' as const, paymentId: 'pay|cs_1' };
    const answered = await refund('r-42', body);
    expect(answered.status).toBe(201);
    expect(answered.outcome.kind).toBe('done');
    expect(calls[0]?.headers['If-Match']).toBeUndefined();
    expect(calls[0]?.body).toEqual({ ...body, reference: null });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    expect((await refund('r-42', body)).status).toBeNull();
  });

  const refusal = () => ({
    type: 'https://congress.example/problems/refund-refused', status: 502,
    title: 'The payment provider refused the refund.', title_fr: 'Le prestataire de paiement a refusé le remboursement.',
    detail: 'Stripe refused the refund: charge disputed', detail_fr: 'Stripe a refusé le remboursement : charge contestée',
    errors: { amount: [{ code: 'invalid', fr: 'Stripe a refusé le remboursement : charge contestée', en: 'Stripe refused the refund: charge disputed' }] },
  });
  const cardRefund = { requestId: 'id-1', amount: 50, method: 'card' as const, paymentId: 'pay|cs_1' };

  it('shows Stripe’s refusal (502 refund-refused) on the amount, not as an unavailable service', async () => {
    stubFetch(502, refusal());
    const answered = await refund('r-42', cardRefund);
    expect(answered).toMatchObject({ status: 502, problem: 'refund-refused' });
    expect(answered.outcome.kind).toBe('problems');
    if (answered.outcome.kind !== 'problems') return;
    expect(answered.outcome.report.fields.get('amount')?.map((text) => text('fr'))).toEqual(['Stripe a refusé le remboursement : charge contestée']);
    expect(answered.outcome.report.fields.get('amount')?.map((text) => text('en'))).toEqual(['Stripe refused the refund: charge disputed']);
  });

  it('keeps any other 502 (a gateway with no answer from the API) as a failure', async () => {
    stubFetch(502, null);
    const answered = await refund('r-42', cardRefund);
    expect(answered.outcome).toEqual({ kind: 'failed', error: new HttpError(502) });
    stubFetch(502, { ...refusal(), type: 'https://congress.example/problems/other' });
    expect((await refund('r-42', cardRefund)).outcome.kind).toBe('failed');
  });

  it('shows a concurrent refund (409 refund-conflict) with the server’s words in the page’s language', async () => {
    stubFetch(409, {
      type: 'https://congress.example/problems/refund-conflict', title: 'Another refund was recorded at the same time.',
      detail: 'Together they would give back more than was received.', detail_fr: 'Ensemble, ils rendraient plus que le montant reçu.',
    });
    const { outcome } = await refund('r-42', cardRefund);
    expect(outcome.kind === 'problems' && outcome.report.form.map((text) => [text('fr'), text('en')])).toEqual([
      ['Ensemble, ils rendraient plus que le montant reçu.', 'Together they would give back more than was received.'],
    ]);
  });

  it('shows a refused edit of a card registration awaiting payment (409 awaiting-card-payment) with the server’s words', async () => {
    stubFetch(409, {
      type: 'https://congress.example/problems/awaiting-card-payment', title: 'A card payment is under way.',
      detail: 'Wait for the payment before changing the amount.', detail_fr: 'Attendez le paiement avant de changer le montant.',
    });
    const outcome = await putBasket('r-42', '"7"', basketOf(file()), kept);
    expect(outcome.kind).toBe('problems');
    if (outcome.kind !== 'problems') return;
    expect(outcome.report.type).toBe('awaiting-card-payment');
    expect(outcome.report.form.map((text) => [text('fr'), text('en')])).toEqual([
      ['Attendez le paiement avant de changer le montant.', 'Wait for the payment before changing the amount.'],
    ]);
  });

  it('resends an email (202)', async () => {
    const calls = stubFetch(202, null);
    await resendEmail('r-42', 'e/1');
    expect(calls[0]).toMatchObject({ url: '/api/admin/registrations/r-42/emails/e%2F1/resend', method: 'POST' });
    stubFetch(403, null);
    await expect(resendEmail('r-42', 'e1')).rejects.toEqual(new HttpError(403));
  });
});
