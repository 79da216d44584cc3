import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildProfileBody,
  deleteProfilePhoto,
  fetchPlanning,
  fetchReservations,
  cellLabel,
  cellText,
  groupNightsByMonth,
  mapProfileErrors,
  saveOutcome,
  uploadProfilePhoto,
  type PlanningNight,
  type PlanningProduct,
} from './space-api';

const night = (iso: string, rest: Partial<PlanningNight> = {}): PlanningNight => ({
  night: iso,
  capacity: 10,
  held: 2,
  sold: 3,
  free: 5,
  closed: false,
  ...rest,
});
const product = (productId: string, nights: PlanningNight[]): PlanningProduct => ({
  productId,
  label: { fr: productId, en: productId },
  roomType: 'double',
  nights,
});

describe('the planning by month', () => {
  it('puts every night of every product in its month, sorted, once', () => {
    const months = groupNightsByMonth([
      product('a', [night('2027-03-01'), night('2027-02-28')]),
      product('b', [night('2027-02-27'), night('2027-03-01')]),
    ]);
    expect(months).toEqual([
      { month: '2027-02', nights: ['2027-02-27', '2027-02-28'] },
      { month: '2027-03', nights: ['2027-03-01'] },
    ]);
  });

  it('has no month without nights', () => {
    expect(groupNightsByMonth([])).toEqual([]);
    expect(groupNightsByMonth([product('a', [])])).toEqual([]);
  });
});

describe('a planning cell', () => {
  it('reads free / held / sold', () => {
    expect(cellText(night('2027-03-01', { free: 4, held: 1, sold: 5 }), 'fr')).toBe('4 / 1 / 5');
    expect(cellLabel(night('2027-03-01', { free: 4, held: 1, sold: 5, capacity: 10 }), 'en')).toBe('4 free, 1 held, 5 sold of 10');
  });

  it('says released instead of figures once the night went back to the hotel', () => {
    const released = night('2027-03-01', { closed: true });
    expect(cellText(released, 'fr')).toBe('rendue');
    expect(cellText(released, 'en')).toBe('released');
  });

  it('shows a dash where the product sells nothing that night', () => {
    expect(cellText(undefined, 'fr')).toBe('–');
  });
});

describe('answers read', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the planning of an event, a 401 that ends the session and a 404 for another provider’s event', async () => {
    const planning = [product('p1', [night('2027-03-24', { closed: true })])];
    const fetchMock = vi.fn(async (_path: string) => Response.json(planning));
    vi.stubGlobal('fetch', fetchMock);
    expect(await fetchPlanning('congrès 2027')).toEqual({ kind: 'ok', value: planning });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/provider/events/congr%C3%A8s%202027/planning');
    vi.stubGlobal('fetch', async () => Response.json({ title: 'Sign in.' }, { status: 401 }));
    expect(await fetchPlanning('x')).toEqual({ kind: 'signedOut' });
    vi.stubGlobal('fetch', async () => Response.json({ title: 'Not found.' }, { status: 404 }));
    expect(await fetchReservations('x')).toEqual({ kind: 'notFound' });
  });
});

describe("the provider's own photos", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are uploaded raw to its profile and removed by id', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const image = new Blob([new Uint8Array([255, 216, 255])], { type: 'image/jpeg' });
    await uploadProfilePhoto(image);
    await deleteProfilePhoto('a b.png');
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([path, init]) => [init.method, path])).toEqual([
      ['POST', '/api/provider/profile/photos'],
      ['DELETE', '/api/provider/profile/photos/a%20b.png'],
    ]);
    expect(calls[0]![1].body).toBe(image);
  });
});

describe('the profile sent', () => {
  const values = {
    descriptionFr: ' Au bord du lac ',
    descriptionEn: 'By the lake',
    address: '1 rue du Lac',
    postalCode: '74000',
    city: 'Annecy',
    email: 'contact@musee.example',
    checkIn: '15:00',
    checkOut: '11:00',
  };

  it('has the editable fields trimmed, never the name, and the amenities in order, once, known only', () => {
    const body = buildProfileBody({ ...values, name: 'Other name' } as typeof values, ['wifi', 'lift', 'wifi', 'spa']);
    expect(body).toEqual({ ...values, descriptionFr: 'Au bord du lac', amenities: ['lift', 'wifi'] });
    expect('name' in body).toBe(false);
  });

  it('puts each server error on the field it names, the rest on the form', () => {
    const errors = mapProfileErrors({
      errors: {
        checkIn: [{ code: 'time', fr: 'Heure invalide.', en: 'Invalid time.' }],
        'Amenities[1]': [{ code: 'unknown', fr: 'Équipement inconnu.', en: 'Unknown amenity.' }],
        kind: [{ code: 'readOnly', fr: 'Non modifiable.', en: 'Cannot be changed.' }],
      },
    });
    expect(errors.fields.checkIn?.map((m) => m('fr'))).toEqual(['Heure invalide.']);
    expect(errors.fields.amenities?.map((m) => m('en'))).toEqual(['Unknown amenity.']);
    expect(errors.form.map((m) => m('en'))).toEqual(['Cannot be changed.']);
    expect(errors.fields.email).toBeUndefined();
  });

  it('a 400 is invalid, a 401 ends the session, a 200 is saved', () => {
    expect(saveOutcome({ status: 400, body: { errors: { email: [{ code: 'email', fr: 'Email invalide.', en: 'Invalid email.' }] } } }).kind).toBe('invalid');
    expect(saveOutcome({ status: 401, body: null })).toEqual({ kind: 'signedOut' });
    expect(saveOutcome({ status: 200, body: null }).kind).toBe('ok');
    expect(() => saveOutcome({ status: 500, body: null })).toThrow();
  });
});

describe('the room of a reservation', () => {
  it('names the type only when the product does not', async () => {
    const { roomText } = await import('./reservations-view');
    expect(roomText({ product: 'Chambre double', roomType: 'Double' })).toBe('Chambre double');
    expect(roomText({ product: 'Suite du lac', roomType: 'Double' })).toBe('Suite du lac · Double');
    expect(roomText({ product: '', roomType: 'Twin' })).toBe('Twin');
  });
});
