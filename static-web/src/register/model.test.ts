import { describe, expect, it } from 'vitest';
import { emptyContact, emptyState } from './basket';
import { localText, parseAvailability, parseForm } from './model';
import { parseQuote, parseRegistration } from './quote';
import { loadState, saveState, stateKey, type SessionStore } from './store';

const form = {
  event: { id: 'cluster-2027', title: 'Séminaire', startDate: '2027-03-24', endDate: '2027-03-26', maxParticipants: 10, paymentMethods: ['card', 'bitcoin', 'transfer'], photos: ['/api/photos/events/cluster-2027/b.jpg'] },
  steps: [{ id: 'participants', kind: 'participants', title: { fr: 'Participants', en: 'Participants' }, choice: 'none' }, { id: 'evenings', kind: 'evenings', title: { fr: 'Soirées' }, choice: 'exactlyOne' }],
  products: [{ id: 'fee', stepId: 'fee', unit: 'perPerson', audience: 'attendees', priceIncl: 60, priceExcl: 50, mandatory: true, photos: ['/api/photos/events/e/products/fee/a.jpg'] }, { stepId: 'x' }],
  hotels: [{ id: 'adagio', name: 'ADAGIO', stars: 3, latitude: 45.4397, longitude: 4.3872, photos: ['/p.jpg', { url: '/q.jpg', alt: 'Hall' }, 7] }],
};

describe('reading the form', () => {
  it('keeps known values, drops unknown payment methods and items without id', () => {
    const parsed = parseForm(form);
    expect(parsed?.event.paymentMethods).toEqual(['card', 'transfer']);
    expect(parsed?.event.registrationOpen).toBe(true);
    expect(parsed?.steps.map((step) => step.choice)).toEqual(['none', 'exactlyOne']);
    expect(parsed?.products.map((product) => product.id)).toEqual(['fee']);
    expect(parsed?.hotels[0]?.photos).toEqual([{ url: '/p.jpg', alt: '' }, { url: '/q.jpg', alt: 'Hall' }]);
    expect(parsed?.event.photos).toEqual([{ url: '/api/photos/events/cluster-2027/b.jpg', alt: '' }]);
    expect(parsed?.products[0]?.photos).toEqual([{ url: '/api/photos/events/e/products/fee/a.jpg', alt: '' }]);
  });

  it('refuses a form without event or steps', () => {
    expect(parseForm({ ...form, steps: [] })).toBeNull();
    expect(parseForm({ steps: form.steps })).toBeNull();
  });

  it('shows API texts in the page language, falling back to the other one', () => {
    const text = localText({ fr: 'Soirées', en: '' });
    expect(text('en')).toBe('Soirées');
    expect(localText({ fr: 'Soirées', en: 'Evenings' })('en')).toBe('Evenings');
  });

  it('reads availability per product', () => {
    const map = parseAvailability({ products: [{ productId: 'adagio-dble-b1', free: 12, nights: [{ date: '2027-03-24', free: 12 }] }, { free: 3 }] });
    expect([...map.keys()]).toEqual(['adagio-dble-b1']);
    expect(map.get('adagio-dble-b1')?.free).toBe(12);
  });
});

describe('reading priced answers', () => {
  it('reads a quote and defaults the deposit to the total', () => {
    const quote = parseQuote({ groups: [{ stepId: 'fee', title: { fr: 'Droits' }, lines: [{ index: 0, productId: 'fee', quantity: 2, unitPrice: 60, total: 120, persons: ['Claire Martin'] }], subtotal: 120 }], total: 120 });
    expect(quote?.deposit).toBe(120);
    expect(quote?.groups[0]?.lines[0]?.persons).toEqual(['Claire Martin']);
    expect(parseQuote({ groups: [] })).toBeNull();
  });

  it('reads a registration, its number and its PDF link wherever the server puts them', () => {
    const seen = parseRegistration({ registrationId: 'r1', status: 'Confirmed', number: 12345678, documents: { summaryPdfUrl: '/pdf' }, payments: [{ amount: 100 }, { amount: 20.5 }], total: 120.5, groups: [] });
    expect(seen).toMatchObject({ id: 'r1', status: 'Confirmed', number: '12345678', summaryPdfUrl: '/pdf', paid: 120.5 });
    expect(parseRegistration({ status: 'Weird' })?.status).toBe('Unknown');
    const server = parseRegistration({ registrationId: 'r2', status: 'AwaitingPayment', paid: 50, payments: [], summaryPdfUrl: null, payment: { method: 'transfer', iban: 'FR76' } });
    expect(server).toMatchObject({ paid: 50, summaryPdfUrl: null, payment: { method: 'transfer', iban: 'FR76' } });
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
