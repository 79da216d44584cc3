import type { Schemas } from '../shared/api/client';
import type { Lang, Localized } from '../shared/i18n';

// The registration form (GET /api/events/{id}/form, Schemas['FormView']) as the page uses it: codes narrowed to
// the values the page knows (an unknown one falls back to the plainest), photos as images to show. The server
// is the authority on prices, rules and stock; the page only needs enough to let people choose.

export type LocalText = Schemas['LocalizedText'];

export type Unit = 'perPerson' | 'perRoomPerNight' | 'perUnit';
export type Audience = 'attendees' | 'companions' | 'both';
export type Choice = 'none' | 'exactlyOne' | 'atMostOne';
export type PaymentMethod = 'card' | 'cheque' | 'transfer';
export type Capacity = 'none' | 'total' | 'perNight';

export interface Photo {
  url: string;
  alt: string;
}

/** latitude, longitude: the venue's position, for the hotel map and distances. */
export type EventInfo = Omit<Schemas['FormEventView'], 'paymentMethods' | 'photos'> & { paymentMethods: PaymentMethod[]; photos: Photo[] };

export type Step = Omit<Schemas['StepView'], 'choice'> & { choice: Choice };

export type Product = Omit<Schemas['ProductView'], 'unit' | 'audience' | 'capacity' | 'photos'> & {
  unit: Unit;
  audience: Audience;
  capacity: Capacity;
  photos: Photo[];
};

export type Hotel = Omit<Schemas['HotelView'], 'photos'> & { photos: Photo[] };

export interface RegistrationForm {
  event: EventInfo;
  steps: Step[];
  products: Product[];
  hotels: Hotel[];
}

/** A text from the API in the page's language; English falls back to French and back. */
export function localText(text: LocalText): Localized {
  return (lang: Lang) => (lang === 'en' ? text.en || text.fr : text.fr || text.en);
}

const oneOf = <T extends string>(value: string, allowed: readonly T[], fallback: T): T => allowed.find((item) => item === value) ?? fallback;

const PAYMENT_METHODS = ['card', 'cheque', 'transfer'] as const;
const photos = (urls: readonly string[]): Photo[] => urls.filter((url) => url !== '').map((url) => ({ url, alt: '' }));

/** The form as the page uses it; unknown payment methods are left out (the page could not take them). */
export function formView(body: Schemas['FormView']): RegistrationForm {
  const { event } = body;
  return {
    event: {
      ...event,
      endDate: event.endDate || event.startDate,
      maxParticipants: Math.max(1, event.maxParticipants),
      paymentMethods: event.paymentMethods.flatMap((method) => PAYMENT_METHODS.filter((known) => known === method)),
      photos: photos(event.photos),
    },
    steps: body.steps.map((step) => ({ ...step, choice: oneOf(step.choice, ['none', 'exactlyOne', 'atMostOne'] as const, 'none') })),
    products: body.products.map((product) => ({
      ...product,
      unit: oneOf(product.unit, ['perPerson', 'perRoomPerNight', 'perUnit'] as const, 'perPerson'),
      audience: oneOf(product.audience, ['attendees', 'companions', 'both'] as const, 'attendees'),
      capacity: oneOf(product.capacity, ['none', 'total', 'perNight'] as const, 'none'),
      photos: photos(product.photos),
    })),
    hotels: body.hotels.map((hotel) => ({ ...hotel, stars: Math.max(0, Math.min(5, hotel.stars)), photos: photos(hotel.photos) })),
  };
}

export type ProductAvailability = Omit<Schemas['ProductAvailability'], 'productId'>;

/** GET /availability: product id → what is free. Products that are absent are unlimited. */
export function availabilityView(body: Schemas['AvailabilityView']): Map<string, ProductAvailability> {
  return new Map(body.products.map(({ productId, free, nights }) => [productId, { free: Math.max(0, free), nights }]));
}

/**
 * What each night of a stay costs in one room: a hotel's room block may charge nights differently
 * (nightPrices), the other nights cost priceIncl. The server's quote stays the authority.
 */
export function stayNightPrices(product: Pick<Product, 'priceIncl' | 'nightPrices'>, arrival: string, nights: number): number[] {
  const start = Date.parse(`${arrival}T00:00:00Z`);
  return Array.from({ length: Math.max(0, nights) }, (_, i) => {
    const night = Number.isNaN(start) ? '' : new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return product.nightPrices?.[night] ?? product.priceIncl;
  });
}

/** One room for the stay, summed in cents so that 70.10 + 75.20 is 145.30. */
export const stayPrice = (product: Pick<Product, 'priceIncl' | 'nightPrices'>, arrival: string, nights: number): number =>
  stayNightPrices(product, arrival, nights).reduce((cents, price) => cents + Math.round(price * 100), 0) / 100;
