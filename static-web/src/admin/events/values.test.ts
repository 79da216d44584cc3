import { describe, expect, it } from 'vitest';
import type { EventSettings, Product } from './model';
import { catalogView } from './model';
import {
  fromZonedLocal, mapLink, nights, parseNumber, productInput, productValues, providerInput, providerValues, settingsInput,
  settingsValues, stockInput, stockSlots, suggestCopyId, toZonedLocal, withStatus,
} from './values';

const settings: EventSettings = {
  id: 'journees-2027', title: 'Journées', venue: 'Centre', city: 'Lyon', venueLatitude: 45.76, venueLongitude: 4.83,
  startDate: '2027-06-02', endDate: '2027-06-03', timeZone: 'Europe/Paris', summary: 'Deux jours', presentationHtml: '<p>Hi</p>',
  termsHtml: '<p>CGV</p>', status: 'Draft', registrationOpensAt: '2027-01-10T08:00:00+00:00', registrationClosesAt: null,
  maxParticipants: 5, depositPercent: 30, paymentMethods: ['cheque', 'transfer'], holdMinutes: 40, manualPaymentDays: 12,
  reminderDays: 4, payee: 'Lyon Congrès', payeeAddress: 'Lyon', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP',
  createdAt: '2026-01-01T00:00:00Z', photos: [{ id: 'a.png', url: '/api/photos/events/journees-2027/a.png' }],
};

describe('numbers typed by staff', () => {
  it('reads a French decimal comma, and refuses what is not a number', () => {
    expect(parseNumber('105,75')).toBe(105.75);
    expect(parseNumber(' 1 200 ')).toBe(1200);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12a')).toBeNull();
  });
});

describe('times in the event’s time zone', () => {
  it('shows an instant as Paris wall-clock time, winter and summer', () => {
    expect(toZonedLocal('2027-01-10T08:00:00Z', 'Europe/Paris')).toBe('2027-01-10T09:00');
    expect(toZonedLocal('2027-06-02T07:00:00Z', 'Europe/Paris')).toBe('2027-06-02T09:00');
    expect(toZonedLocal(null, 'Europe/Paris')).toBe('');
  });

  it('reads wall-clock time back as the same instant, across the clock change', () => {
    expect(fromZonedLocal('2027-01-10T09:00', 'Europe/Paris')).toBe('2027-01-10T08:00:00.000Z');
    expect(fromZonedLocal('2027-03-28T12:00', 'Europe/Paris')).toBe('2027-03-28T10:00:00.000Z');
    expect(fromZonedLocal('2027-06-02T09:00', 'America/New_York')).toBe('2027-06-02T13:00:00.000Z');
    expect(fromZonedLocal('', 'Europe/Paris')).toBeNull();
  });
});

describe('event settings', () => {
  it('go from the answer to the form and back to the PUT unchanged', () => {
    const input = settingsInput(settingsValues(settings));
    const { id: _id, photos: _photos, createdAt: _createdAt, ...expected } = settings;
    expect(input).toEqual({ ...expected, registrationOpensAt: '2027-01-10T08:00:00.000Z' });
  });

  it('send an empty or unreadable number as null so that the server names the field', () => {
    const values = { ...settingsValues(settings), maxParticipants: 'beaucoup', venueLatitude: '' };
    const input = settingsInput(values);
    expect(input.maxParticipants).toBeNull();
    expect(input.venueLatitude).toBeNull();
  });

  it('publish and unpublish put the same settings back with the other status', () => {
    const published = withStatus(settings, 'Published');
    expect(published.status).toBe('Published');
    expect(published.iban).toBe(settings.iban);
    expect('photos' in published).toBe(false);
  });
});

describe('products', () => {
  const room: Product = catalogView({
    steps: [],
    products: [{
      id: 'adagio', stepId: 'hotels', label: { fr: 'Double', en: 'Double' }, description: { fr: '', en: '' }, providerId: 'adagio',
      priceIncl: 105.75, vatRate: 10, unit: 'perRoomPerNight', startDate: '2027-03-24', endDate: '2027-03-25', audience: 'both',
      accessGroup: '', mandatory: false, capacity: 'perNight', roomType: 'double', formula: 'breakfast1', maxOccupancy: 2, sortOrder: 1, photos: [], commissionPercent: null, nightPrices: null,
    }],
    accessGroups: [],
  }).products[0]!;

  it('round-trip through the editor', () => {
    const { id: _id, photos: _photos, commissionPercent: _commission, nightPrices: _nightPrices, ...expected } = room;
    expect(productInput(productValues(room))).toEqual(expected);
  });

  it('drop room details when the unit is not a room', () => {
    const input = productInput({ ...productValues(room), unit: 'perPerson', priceIncl: '25,20' });
    expect(input).toMatchObject({ roomType: null, formula: null, maxOccupancy: null, priceIncl: 25.2 });
  });
});

describe('providers', () => {
  it('keep the position, amenities and commission', () => {
    const values = { ...providerValues(null), name: 'Hôtel du Musée', latitude: '45,4421', longitude: '4.3904', amenities: ['wifi'], commissionPercent: '8' };
    expect(providerInput(values)).toMatchObject({ name: 'Hôtel du Musée', latitude: 45.4421, longitude: 4.3904, amenities: ['wifi'], commissionPercent: 8, stars: 0 });
  });

  it('link a map only with both coordinates', () => {
    expect(mapLink(45.4421, 4.3904)).toBe('https://www.openstreetmap.org/?mlat=45.4421&mlon=4.3904#map=17/45.4421/4.3904');
    expect(mapLink(45.4421, null)).toBeNull();
  });
});

describe('stock rows', () => {
  const rows = [
    { productId: 'adagio', slot: '2027-03-24', capacity: 20, held: 2, sold: 3, free: 15 },
    { productId: 'lunch', slot: 'total', capacity: 80, held: 0, sold: 1, free: 79 },
  ];

  it('list every night of a room, stored or not, with held and sold', () => {
    const slots = stockSlots({ id: 'adagio', capacity: 'perNight', startDate: '2027-03-24', endDate: '2027-03-25' }, rows);
    expect(slots).toEqual([
      { slot: '2027-03-24', capacity: 20, held: 2, sold: 3, free: 15 },
      { slot: '2027-03-25', capacity: null, held: 0, sold: 0, free: null },
    ]);
  });

  it('have one total row for other products and none without stock', () => {
    expect(stockSlots({ id: 'lunch', capacity: 'total', startDate: '', endDate: '' }, rows).map((s) => s.slot)).toEqual(['total']);
    expect(stockSlots({ id: 'fee', capacity: 'none', startDate: '', endDate: '' }, rows)).toEqual([]);
  });

  it('send only the capacities typed', () => {
    expect(stockInput({ '2027-03-24': '4', '2027-03-25': '' })).toEqual({ '2027-03-24': 4 });
    expect(nights('2027-03-30', '2027-04-01')).toEqual(['2027-03-30', '2027-03-31', '2027-04-01']);
  });
});

describe('copies', () => {
  it('suggest the next year, or a "-copie" suffix', () => {
    expect(suggestCopyId('journees-2027')).toBe('journees-2028');
    expect(suggestCopyId('seminaire')).toBe('seminaire-copie');
  });
});
