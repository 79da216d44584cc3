import { translate, type Lang } from '../shared/i18n';
import type { Audience, Product } from './model';

// Persons of a basket are named by position: p0, p1… for attendees (0-based), p0c for attendee 0's
// companion. The API uses the same ids in basket lines.

export interface PersonName {
  lastName: string;
  firstName: string;
}

export interface Participant extends PersonName {
  organisation: string;
  companion: PersonName | null;
}

export type PersonKind = 'attendee' | 'companion';

export interface PersonRef {
  id: string;
  kind: PersonKind;
  /** The attendee's position (the companion's attendee for a companion). */
  index: number;
}

export const attendeeId = (index: number): string => `p${index}`;
export const companionId = (index: number): string => `p${index}c`;

export function parsePersonId(id: string): PersonRef | null {
  const match = /^p(\d+)(c?)$/.exec(id);
  if (!match) return null;
  return { id, kind: match[2] ? 'companion' : 'attendee', index: Number(match[1]) };
}

/** Everyone in the basket, each attendee followed by their companion: p0, p0c, p1… */
export function listPersons(participants: readonly Participant[]): PersonRef[] {
  return participants.flatMap((participant, index): PersonRef[] => [
    { id: attendeeId(index), kind: 'attendee', index },
    ...(participant.companion ? [{ id: companionId(index), kind: 'companion' as const, index }] : []),
  ]);
}

/** Companions may only book products meant for companions or for both. */
export function audienceAllows(audience: Audience, kind: PersonKind): boolean {
  if (audience === 'both') return true;
  return kind === 'attendee' ? audience === 'attendees' : audience === 'companions';
}

export function eligiblePersons(product: Pick<Product, 'audience'>, participants: readonly Participant[]): PersonRef[] {
  return listPersons(participants).filter((person) => audienceAllows(product.audience, person.kind));
}

/** Ordering used in lines so that the same choice always serialises the same way. */
export function comparePersonIds(a: string, b: string): number {
  const left = parsePersonId(a);
  const right = parsePersonId(b);
  if (!left || !right) return a.localeCompare(b);
  return left.index - right.index || (left.kind === right.kind ? 0 : left.kind === 'attendee' ? -1 : 1);
}

export function fullName(person: PersonName): string {
  return [person.firstName.trim(), person.lastName.trim()].filter(Boolean).join(' ');
}

/** "Claire Martin", or "Participant 1" / "Accompagnant·e de Claire Martin" while names are missing. */
export function personLabel(participants: readonly Participant[], id: string, lang: Lang): string {
  const ref = parsePersonId(id);
  const participant = ref ? participants[ref.index] : undefined;
  if (!ref || !participant) return id;
  const attendeeName = fullName(participant) || translate(lang, 'reg.person.attendeeN', { n: ref.index + 1 });
  if (ref.kind === 'attendee') return attendeeName;
  const name = participant.companion ? fullName(participant.companion) : '';
  return name || translate(lang, 'reg.person.companionOf', { name: attendeeName });
}
