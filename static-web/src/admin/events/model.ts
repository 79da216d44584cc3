import type { Schemas } from '../../shared/api/client';

// What the event-setup endpoints send and take (docs/event-setup.md), typed by the server's document, and
// the shapes the screens' forms hold: each read comes in the shape its PUT takes, texts in both languages.

export interface Text2 { fr: string; en: string }

export type { EventChoice as EventSummary } from '../shared/events';

/** availablePaymentMethods: what this deployment can take (card only when Stripe is set up). */
export type EventSettings = Schemas['EventSettingsView'];

/** Numbers a person left blank are sent as null: the server's JSON reader then names the field (400) as for any other mistake. */
type BlankNumbers<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export type EventSettingsInput = BlankNumbers<Schemas['EventSettingsInput'], 'maxParticipants' | 'depositPercent' | 'holdMinutes' | 'manualPaymentDays' | 'reminderDays'>;

/** A step as the steps form holds it (the server's StepInput, whose texts and codes may be null, with empty strings). */
export interface StepInput { id: string; kind: string; title: Text2; intro: Text2; choice: string }

export type ProductInput = Schemas['ProductInput'];
export type Product = Omit<Schemas['ProductAdminView'], 'label' | 'description'> & { label: Text2; description: Text2 };

export type AccessGroupInput = Schemas['AccessGroupInput'];
export type AccessGroup = Omit<Schemas['AccessGroupAdminView'], 'label'> & { label: Text2 };

export interface Catalog { steps: StepInput[]; products: Product[]; accessGroups: AccessGroup[] }

export type ProviderInput = Schemas['ProviderInput'];
export type Provider = Omit<Schemas['ProviderAdminView'], 'description'> & { description: Text2 };

export type StockRow = Schemas['StockRowView'];

export const PAYMENT_METHODS = ['card', 'cheque', 'transfer'] as const;
export const STEP_KINDS = ['participants', 'fee', 'accommodation', 'catering', 'evenings', 'visits', 'free'] as const;
export const CHOICES = ['none', 'exactlyOne', 'atMostOne'] as const;
export const UNITS = ['perPerson', 'perRoomPerNight', 'perUnit'] as const;
export const AUDIENCES = ['attendees', 'companions', 'both'] as const;
export const CAPACITIES = ['none', 'total', 'perNight'] as const;
export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'quad', 'accessible'] as const;
export const FORMULAS = ['roomOnly', 'breakfast1', 'breakfast2'] as const;
export const PROVIDER_KINDS = ['hotel', 'residence', 'restaurant', 'activity', 'venue', 'organiser'] as const;
export const AMENITIES = ['lift', 'parking', 'garage', 'airConditioning', 'wifi', 'restaurant', 'accessible'] as const;

// ---- from the server's types to the forms' ---------------------------------------------------------

const text2 = (text: Schemas['TextInput'] | null): Text2 => ({ fr: text?.fr ?? '', en: text?.en ?? '' });

export function catalogView(body: Schemas['CatalogAdminView']): Catalog {
  return {
    steps: body.steps.map((s) => ({ id: s.id ?? '', kind: s.kind ?? '', title: text2(s.title), intro: text2(s.intro), choice: s.choice || 'none' })),
    products: body.products.map((p) => ({ ...p, label: text2(p.label), description: text2(p.description) })),
    accessGroups: body.accessGroups.map((g) => ({ ...g, label: text2(g.label) })),
  };
}

export const providerView = (p: Schemas['ProviderAdminView']): Provider => ({ ...p, description: text2(p.description) });
