import type { Schemas } from '../shared/api/client';
import type { ContactFields } from '../shared/contact';
import type { LocalText, PaymentMethod, Product } from './model';
import { comparePersonIds, eligiblePersons, listPersons, type Participant } from './persons';

// The basket as the page keeps it (sessionStorage, one per event and tab) and as the API reads it.

export interface BasketLine {
  productId: string;
  /** Per-person and room lines: who is concerned (p0, p0c…). */
  persons?: string[];
  /** Room lines: first night and number of nights. */
  arrival?: string;
  nights?: number;
  /** perUnit lines. */
  quantity?: number;
}

export interface ContactDraft extends ContactFields {
  /** Asks the server to email a link to choose the password of the attendee space. */
  createAccount: boolean;
}

export interface HotelSearch {
  arrival: string;
  nights: number;
  /** Adults per room, one entry per room asked. */
  rooms: number[];
}

/** The answer of POST /registrations: the registration, its access token and how to pay. */
export type Submission = Schemas['SubmitResponse'];

export interface BasketState {
  version: 1;
  eventId: string;
  accessCode: string | null;
  accessLabel: LocalText | null;
  participants: Participant[];
  lines: BasketLine[];
  /** Step ids validated with "next". */
  done: string[];
  /** Person ids when participants were last saved: a change sends people through the steps again. */
  savedPersons: string;
  current: string;
  search: HotelSearch | null;
  contact: ContactDraft;
  paymentMethod: PaymentMethod | null;
  acceptTerms: boolean;
  submitted: Submission | null;
}

export const emptyParticipant = (): Participant => ({ lastName: '', firstName: '', organisation: '', companion: null });

export const emptyContact = (): ContactDraft => ({
  email: '',
  civility: '',
  lastName: '',
  firstName: '',
  address: '',
  postalCode: '',
  city: '',
  country: 'FR',
  phone: '',
  mobile: '',
  professional: false,
  comment: '',
  createAccount: false,
});

export function emptyState(eventId: string, firstStep: string): BasketState {
  return {
    version: 1,
    eventId,
    accessCode: null,
    accessLabel: null,
    participants: [emptyParticipant()],
    lines: [],
    done: [],
    savedPersons: '',
    current: firstStep,
    search: null,
    contact: emptyContact(),
    paymentMethod: null,
    acceptTerms: false,
    submitted: null,
  };
}

export const isRoomProduct = (product: Pick<Product, 'unit'>): boolean => product.unit === 'perRoomPerNight';
export const isUnitProduct = (product: Pick<Product, 'unit'>): boolean => product.unit === 'perUnit';

/** Persons on the (single) per-person line of a product. */
export function personsOn(lines: readonly BasketLine[], productId: string): string[] {
  return lines.find((line) => line.productId === productId && line.arrival === undefined)?.persons ?? [];
}

/**
 * Ticks or unticks one person on a per-person product: one line per product, persons kept in
 * canonical order, the line dropped when nobody is left.
 */
export function togglePerson(lines: readonly BasketLine[], productId: string, personId: string, on: boolean): BasketLine[] {
  const current = personsOn(lines, productId);
  const persons = on
    ? [...new Set([...current, personId])].sort(comparePersonIds)
    : current.filter((id) => id !== personId);
  return setPersons(lines, productId, persons);
}

export function setPersons(lines: readonly BasketLine[], productId: string, persons: readonly string[]): BasketLine[] {
  const index = lines.findIndex((line) => line.productId === productId && line.arrival === undefined);
  if (persons.length === 0) return index < 0 ? [...lines] : lines.filter((_, i) => i !== index);
  const line: BasketLine = { productId, persons: [...persons] };
  if (index < 0) return [...lines, line];
  return lines.map((existing, i) => (i === index ? line : existing));
}

export function quantityOf(lines: readonly BasketLine[], productId: string): number {
  return lines.find((line) => line.productId === productId)?.quantity ?? 0;
}

export function setQuantity(lines: readonly BasketLine[], productId: string, quantity: number): BasketLine[] {
  const rest = lines.filter((line) => line.productId !== productId);
  const index = lines.findIndex((line) => line.productId === productId);
  if (quantity <= 0) return rest;
  const line: BasketLine = { productId, quantity: Math.floor(quantity) };
  return index < 0 ? [...lines, line] : lines.map((existing, i) => (i === index ? line : existing));
}

/** A room: one line per room booked, even for the same product. */
export function addRoom(
  lines: readonly BasketLine[],
  room: { productId: string; persons: readonly string[]; arrival: string; nights: number },
): BasketLine[] {
  return [
    ...lines,
    {
      productId: room.productId,
      persons: [...room.persons].sort(comparePersonIds),
      arrival: room.arrival,
      nights: room.nights,
    },
  ];
}

export function removeLine(lines: readonly BasketLine[], index: number): BasketLine[] {
  return lines.filter((_, i) => i !== index);
}

export const isRoomLine = (line: BasketLine): boolean => line.arrival !== undefined;

/**
 * After participants change: persons who no longer exist leave every line, and lines left with
 * nobody are dropped (perUnit lines are kept).
 */
export function pruneLines(lines: readonly BasketLine[], participants: readonly Participant[]): BasketLine[] {
  const known = new Set(listPersons(participants).map((person) => person.id));
  return lines.flatMap((line): BasketLine[] => {
    if (!line.persons) return [line];
    const persons = line.persons.filter((id) => known.has(id));
    return persons.length > 0 ? [{ ...line, persons }] : [];
  });
}

/** Mandatory per-person products are booked for every person allowed to book them. */
export function applyMandatory(
  lines: readonly BasketLine[],
  products: readonly Product[],
  participants: readonly Participant[],
): BasketLine[] {
  let result = [...lines];
  for (const product of products) {
    if (!product.mandatory || product.unit !== 'perPerson') continue;
    const everyone = eligiblePersons(product, participants).map((person) => person.id);
    const merged = [...new Set([...personsOn(result, product.id), ...everyone])].sort(comparePersonIds);
    result = setPersons(result, product.id, merged);
  }
  return result;
}

/** The body of POST /quote (and the basket part of POST /registrations). */
/** The basket as the API reads it (BasketInput), its lists always given. */
export type ApiBasket = Schemas['BasketInput'] & { participants: Schemas['ParticipantInput'][]; lines: Schemas['LineInput'][] };

export function toApiBasket(state: Pick<BasketState, 'accessCode' | 'participants' | 'lines'>): ApiBasket {
  return {
    accessCode: state.accessCode,
    participants: state.participants.map((participant) => ({
      lastName: participant.lastName.trim(),
      firstName: participant.firstName.trim(),
      organisation: participant.organisation.trim(),
      companion: participant.companion
        ? { lastName: participant.companion.lastName.trim(), firstName: participant.companion.firstName.trim() }
        : null,
    })),
    lines: state.lines.map((line) => ({
      productId: line.productId,
      persons: line.persons ? [...line.persons] : null,
      arrival: line.arrival ?? null,
      nights: line.nights ?? null,
      quantity: line.quantity ?? null,
    })),
  };
}
