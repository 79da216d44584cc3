import { describe, expect, it } from 'vitest';
import { emptyContact, emptyState } from './basket';
import type { Schemas } from '../shared/api/client';
import { availabilityView, formView, localText, stayNightPrices, stayPrice } from './model';
import { registrationView } from './quote';
import { loadState, saveState, stateKey, type SessionStore } from './store';

const text = (fr: string, en = fr) => ({ fr, en });
const form: Schemas['FormView'] = {
  event: {
    id: 'cluster-2027', title: 'Séminaire', venue: '', city: '', startDate: '2027-03-24', endDate: '', timeZone: 'Europe/Paris', presentationHtml: '',
    termsHtml: '', maxParticipants: 0, depositPercent: 100, paymentMethods: ['card', 'bitcoin', 'transfer'], holdMinutes: 35, registrationOpen: true,
    latitude: null, longitude: null, photos: ['/api/photos/events/cluster-2027/b.jpg'],
  },
  steps: [
    { id: 'participants', kind: 'participants', title: text('Participants'), intro: text(''), choice: 'none' },
    { id: 'evenings', kind: 'evenings', title: text('Soirées', ''), intro: text(''), choice: 'oneOrTwo' },
  ],
  products: [{
    id: 'fee', stepId: 'fee', kind: 'fee', label: text('Droits'), description: text(''), providerId: 'organiser', priceIncl: 60, priceExcl: 50, vatRate: 20,
    unit: 'perPerson', dates: [], audience: 'attendees', mandatory: true, restricted: false, capacity: 'none', roomType: null, formula: null, maxOccupancy: null,
    photos: ['/api/photos/events/e/products/fee/a.jpg'], nightPrices: null,
  }],
  hotels: [{
    id: 'adagio', name: 'ADAGIO', stars: 7, amenities: [], address: '', postalCode: '', city: '', latitude: 45.4397, longitude: 4.3872, description: text(''),
    checkIn: '', checkOut: '', photos: ['/p.jpg', ''],
  }],
};

describe('reading the form', () => {
  it('keeps known values, drops unknown payment methods and reads an unknown choice as none', () => {
    const view = formView(form);
    expect(view.event.paymentMethods).toEqual(['card', 'transfer']);
    expect(view.event.endDate).toBe('2027-03-24');
    expect(view.event.maxParticipants).toBe(1);
    expect(view.steps.map((step) => step.choice)).toEqual(['none', 'none']);
    expect(view.hotels[0]?.photos).toEqual([{ url: '/p.jpg', alt: '' }]);
    expect(view.hotels[0]?.stars).toBe(5);
    expect(view.event.photos).toEqual([{ url: '/api/photos/events/cluster-2027/b.jpg', alt: '' }]);
    expect(view.products[0]?.photos).toEqual([{ url: '/api/photos/events/e/products/fee/a.jpg', alt: '' }]);
  });

  it('shows API texts in the page language, falling back to the other one', () => {
    const text = localText({ fr: 'Soirées', en: '' });
    expect(text('en')).toBe('Soirées');
    expect(localText({ fr: 'Soirées', en: 'Evenings' })('en')).toBe('Evenings');
  });

  it('reads availability per product, never below zero', () => {
    const map = availabilityView({ products: [{ productId: 'adagio-dble-b1', free: 12, nights: [{ date: '2027-03-24', free: 12 }] }, { productId: 'fee', free: -1, nights: [] }] });
    expect([...map.keys()]).toEqual(['adagio-dble-b1', 'fee']);
    expect(map.get('adagio-dble-b1')?.free).toBe(12);
    expect(map.get('fee')?.free).toBe(0);
  });
});

describe('reading priced answers', () => {
  it('reads a registration: its number, its quote and a status the page does not know', () => {
    const payment = { method: 'transfer', iban: 'FR76', bic: null, checkoutUrl: null, dueBy: null, payee: null, payeeAddress: null, reference: null };
    const body: Schemas['RegistrationView'] = {
      registrationId: 'r1', status: 'Confirmed', number: '12345678', eventId: 'e', eventTitle: 'E', summaryPdfUrl: '/pdf', payments: [], paid: 120.5,
      total: 120.5, totalExcl: 100, vat: 20.5, deposit: 60, balanceDue: 0, refundDue: 0, groups: [], payment, holdExpiresAt: null, confirmedAt: null,
      contactName: 'Claire Martin', email: 'c@example.org', createdAt: '2027-01-01T00:00:00Z',
    };
    expect(registrationView(body)).toMatchObject({ id: 'r1', status: 'Confirmed', number: '12345678', summaryPdfUrl: '/pdf', paid: 120.5, payment,
      quote: { groups: [], total: 120.5, totalExcl: 100, vat: 20.5, deposit: 60 }, timeZone: 'Europe/Paris' });
    expect(registrationView({ ...body, status: 'Weird', number: '', summaryPdfUrl: '' })).toMatchObject({ status: 'Unknown', number: null, summaryPdfUrl: null });
  });
});

describe('basket state in sessionStorage', () => {
  const storage = (): SessionStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };

  it('survives a reload and belongs to its event', () => {
    const store = storage();
    const state = { ...emptyState('evt', 'participants'), lines: [{ productId: 'fee', persons: ['p0'] }] };
    saveState(store, state);
    expect(loadState(store, 'evt')?.lines).toEqual([{ productId: 'fee', persons: ['p0'] }]);
    expect(loadState(store, 'other')).toBeNull();
  });

  it('keeps the personal space choice, and drops a password an older version saved', () => {
    const store = storage();
    saveState(store, { ...emptyState('evt', 'participants'), contact: { ...emptyContact(), email: 'a@b.fr', createAccount: true } });
    expect(loadState(store, 'evt')?.contact).toMatchObject({ email: 'a@b.fr', createAccount: true });
    const old = { ...emptyState('evt', 'participants'), contact: { ...emptyContact(), email: 'a@b.fr', password: 'a long secret' } } as Record<string, unknown>;
    delete (old.contact as Record<string, unknown>).createAccount;
    store.setItem(stateKey('evt'), JSON.stringify(old));
    const loaded = loadState(store, 'evt');
    expect(loaded?.contact).toMatchObject({ email: 'a@b.fr', createAccount: false });
    expect(loaded?.contact).not.toHaveProperty('password');
  });

  it('ignores unreadable or foreign data', () => {
    const store = storage();
    store.setItem(stateKey('evt'), '{not json');
    expect(loadState(store, 'evt')).toBeNull();
    store.setItem(stateKey('evt'), JSON.stringify({ version: 2, eventId: 'evt' }));
    expect(loadState(store, 'evt')).toBeNull();
  });
});

describe('the price of a stay', () => {
  const room = { priceIncl: 70, nightPrices: { '2027-03-25': 75.2 } };
  it('charges each night its own price when the hotel priced nights differently', () => {
    expect(stayNightPrices(room, '2027-03-24', 3)).toEqual([70, 75.2, 70]);
    expect(stayPrice(room, '2027-03-24', 2)).toBe(145.2);
    expect(stayPrice({ priceIncl: 105.75, nightPrices: null }, '2027-03-24', 2)).toBe(211.5);
  });
});
