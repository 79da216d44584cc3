import type { Hotel, Product } from './model';

// Builders for tests: a product or hotel with sensible defaults, overridden field by field.

export function product(overrides: Partial<Product> & { id: string }): Product {
  return {
    stepId: 'meals',
    kind: 'catering',
    label: { fr: overrides.id, en: overrides.id },
    description: { fr: '', en: '' },
    providerId: 'organiser',
    priceIncl: 25,
    priceExcl: 20.83,
    vatRate: 20,
    unit: 'perPerson',
    dates: [],
    audience: 'attendees',
    mandatory: false,
    restricted: false,
    capacity: 'none',
    roomType: null,
    formula: null,
    maxOccupancy: null,
    photos: [],
    nightPrices: null,
    ...overrides,
  };
}

export function room(id: string, hotelId: string, priceIncl: number, maxOccupancy: number): Product {
  return product({
    id,
    stepId: 'hotels',
    kind: 'accommodation',
    providerId: hotelId,
    priceIncl,
    unit: 'perRoomPerNight',
    audience: 'both',
    capacity: 'perNight',
    roomType: maxOccupancy === 1 ? 'single' : 'double',
    formula: 'breakfast1',
    maxOccupancy,
  });
}

export function hotel(overrides: Partial<Hotel> & { id: string }): Hotel {
  return {
    name: overrides.id,
    stars: 3,
    amenities: [],
    address: '',
    postalCode: '42000',
    city: 'Saint-Étienne',
    latitude: null,
    longitude: null,
    description: { fr: '', en: '' },
    checkIn: '15:00',
    checkOut: '11:00',
    photos: [],
    ...overrides,
  };
}
