import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../shared/api/client';
import { fetchAvailability, fetchForm, isPreviewQuery, quote, setPreview, submitRegistration, type RegistrationBody } from './api';

// "Preview as attendee": the form is read from the staff endpoint and nothing is ever submitted.

const formBody: Schemas['FormView'] = {
  event: {
    id: 'draft-2027', title: 'Brouillon', startDate: '2027-06-02', endDate: '2027-06-03', registrationOpen: false, venue: '', city: '', timeZone: 'Europe/Paris',
    presentationHtml: '', termsHtml: '', maxParticipants: 5, depositPercent: 100, paymentMethods: ['cheque'], holdMinutes: 35, latitude: null, longitude: null, photos: [],
  },
  steps: [{ id: 'fee', kind: 'fee', title: { fr: 'Droits', en: 'Fee' }, intro: { fr: '', en: '' }, choice: 'none' }],
  products: [],
  hotels: [],
};

function answering(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

describe('preview mode', () => {
  let fetchMock: ReturnType<typeof answering>;

  beforeEach(() => {
    fetchMock = answering(200, formBody);
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    setPreview(false);
    vi.unstubAllGlobals();
  });

  it('is asked by preview=1 in the page address only', () => {
    expect(isPreviewQuery('?event=x&preview=1')).toBe(true);
    expect(isPreviewQuery('?event=x')).toBe(false);
    expect(isPreviewQuery('?event=x&preview=0')).toBe(false);
  });

  it('reads the form from the staff endpoint, access code included', async () => {
    setPreview(true);
    const answer = await fetchForm('draft-2027', 'BUREAU');
    expect(answer.kind).toBe('ok');
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/events/draft-2027/form?access=BUREAU', expect.anything());
  });

  it('reads the public form otherwise', async () => {
    await fetchForm('draft-2027', null);
    expect(fetchMock).toHaveBeenCalledWith('/api/events/draft-2027/form', expect.anything());
  });

  it('prices the basket through the staff endpoint', async () => {
    setPreview(true);
    await quote('draft-2027', { accessCode: null, participants: [], lines: [] }).catch(() => undefined); // the body is not a quote here
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/events/draft-2027/quote', expect.objectContaining({ method: 'POST' }));
  });

  it('never sends a registration and says why', async () => {
    setPreview(true);
    const answer = await submitRegistration('draft-2027', {} as RegistrationBody);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(answer.kind).toBe('problem');
    if (answer.kind === 'problem') expect(answer.problems[0]?.message('en')).toBe('Preview: the registration is not sent.');
  });

  it('shows no live stock instead of calling the public availability', async () => {
    setPreview(true);
    expect((await fetchAvailability('draft-2027', '2027-06-02', 1)).size).toBe(0);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
