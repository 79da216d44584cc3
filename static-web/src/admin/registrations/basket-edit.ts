import type { Product } from '../../register/model';
import { audienceAllows, comparePersonIds, parsePersonId } from '../../register/persons';
import type { BasketLine, Participant, PersonName, RegistrationFile } from './file-model';

// Every change to lines or participants PUTs the whole basket (docs/backoffice-api.md). An edit is
// kept as an operation and applied to the file current at the time of sending, so that after an
// edit conflict and a reload the same edit can be sent again on the fresh file.

export interface ApiBasket {
  accessCode: string | null;
  participants: {
    lastName: string;
    firstName: string;
    organisation: string;
    companion: PersonName | null;
  }[];
  lines: BasketLine[];
}

/** Where a line of the basket sent comes from: an untouched line of the file, or the edit itself. */
export type LineOrigin = { kind: 'kept'; index: number } | { kind: 'edited'; index: number | null };

export interface DraftCompanion extends PersonName {
  /** True when the companion was already in the file (their lines follow them). */
  existing: boolean;
}

export interface DraftParticipant extends PersonName {
  /** Position in the file, null for a participant added now. */
  origin: number | null;
  organisation: string;
  companion: DraftCompanion | null;
}

export type Edit =
  | { kind: 'add-line'; line: BasketLine }
  | { kind: 'remove-line'; index: number; line: BasketLine }
  | { kind: 'participants'; participants: DraftParticipant[]; products: readonly Product[] };

export type EditResult =
  | { ok: true; basket: ApiBasket; origins: LineOrigin[] }
  /** The line to remove is no longer in the file (someone else changed it). */
  | { ok: false; reason: 'line-gone' };

type Basket = Pick<RegistrationFile, 'accessCode' | 'participants' | 'lines'>;

const trimName = (name: PersonName): PersonName => ({ lastName: name.lastName.trim(), firstName: name.firstName.trim() });

function toApiParticipants(participants: readonly Participant[]): ApiBasket['participants'] {
  return participants.map((participant) => ({
    ...trimName(participant),
    organisation: participant.organisation.trim(),
    companion: participant.companion ? trimName(participant.companion) : null,
  }));
}

const copyLine = (line: BasketLine): BasketLine => ({
  productId: line.productId,
  persons: line.persons ? [...line.persons] : null,
  arrival: line.arrival,
  nights: line.nights,
  quantity: line.quantity,
});

export const isRoomLine = (line: BasketLine): boolean => line.arrival !== null;
const isPersonLine = (line: BasketLine): boolean => !isRoomLine(line) && line.persons !== null;
const isUnitLine = (line: BasketLine): boolean => !isRoomLine(line) && line.persons === null;

export function sameLine(a: BasketLine, b: BasketLine): boolean {
  return (
    a.productId === b.productId &&
    a.arrival === b.arrival &&
    a.nights === b.nights &&
    a.quantity === b.quantity &&
    (a.persons ?? []).join(',') === (b.persons ?? []).join(',') &&
    (a.persons === null) === (b.persons === null)
  );
}

const kept = (lines: readonly BasketLine[]): LineOrigin[] => lines.map((_, index) => ({ kind: 'kept', index }));

/** The basket of the file, unchanged (the body a PUT would send to change nothing). */
export function basketOf(file: Basket): ApiBasket {
  return {
    accessCode: file.accessCode,
    participants: toApiParticipants(file.participants),
    lines: file.lines.map(copyLine),
  };
}

/**
 * Adds a line. A per-person product has one line per basket (persons are merged into it, so nobody
 * is booked twice for the same lunch); a per-unit product one line whose quantity grows; each room
 * is its own line.
 */
function addLine(file: Basket, line: BasketLine): EditResult {
  const lines = file.lines.map(copyLine);
  const origins = kept(lines);
  const merge = (predicate: (existing: BasketLine) => boolean, combine: (existing: BasketLine) => BasketLine) => {
    const index = lines.findIndex((existing) => existing.productId === line.productId && predicate(existing));
    if (index < 0) return false;
    lines[index] = combine(lines[index] as BasketLine);
    origins[index] = { kind: 'edited', index };
    return true;
  };
  const merged =
    (isPersonLine(line) &&
      merge(isPersonLine, (existing) => ({
        ...existing,
        persons: [...new Set([...(existing.persons ?? []), ...(line.persons ?? [])])].sort(comparePersonIds),
      }))) ||
    (isUnitLine(line) &&
      merge(isUnitLine, (existing) => ({ ...existing, quantity: (existing.quantity ?? 0) + (line.quantity ?? 0) })));
  if (!merged) {
    lines.push({ ...copyLine(line), persons: line.persons ? [...line.persons].sort(comparePersonIds) : null });
    origins.push({ kind: 'edited', index: null });
  }
  return { ok: true, basket: { ...basketOf(file), lines }, origins };
}

function removeLine(file: Basket, index: number, line: BasketLine): EditResult {
  // The index is where the line was when the person clicked; after a reload it may have moved.
  const at = file.lines[index] && sameLine(file.lines[index], line) ? index : file.lines.findIndex((l) => sameLine(l, line));
  if (at < 0) return { ok: false, reason: 'line-gone' };
  const origins: LineOrigin[] = [];
  const lines: BasketLine[] = [];
  file.lines.forEach((existing, i) => {
    if (i === at) return;
    lines.push(copyLine(existing));
    origins.push({ kind: 'kept', index: i });
  });
  return { ok: true, basket: { ...basketOf(file), lines }, origins };
}

/** Old person id → new person id (absent: the person left the file). */
export function personMap(draft: readonly DraftParticipant[]): Map<string, string> {
  const map = new Map<string, string>();
  draft.forEach((participant, index) => {
    if (participant.origin === null) return;
    map.set(`p${participant.origin}`, `p${index}`);
    if (participant.companion?.existing) map.set(`p${participant.origin}c`, `p${index}c`);
  });
  return map;
}

/** Ids of the persons the draft adds (a new participant, or a companion who was not there). */
export function newPersons(draft: readonly DraftParticipant[]): string[] {
  return draft.flatMap((participant, index) => [
    ...(participant.origin === null ? [`p${index}`] : []),
    ...(participant.companion && (participant.origin === null || !participant.companion.existing) ? [`p${index}c`] : []),
  ]);
}

function changeParticipants(file: Basket, draft: readonly DraftParticipant[], products: readonly Product[]): EditResult {
  const map = personMap(draft);
  const lines: BasketLine[] = [];
  const origins: LineOrigin[] = [];
  file.lines.forEach((line, index) => {
    if (line.persons === null) {
      lines.push(copyLine(line));
      origins.push({ kind: 'kept', index });
      return;
    }
    const persons = line.persons
      .map((id) => map.get(id))
      .filter((id): id is string => id !== undefined)
      .sort(comparePersonIds);
    // A line left with nobody goes (its stock is given back); the editor lists these beforehand.
    if (persons.length === 0) return;
    const unchanged = persons.join(',') === line.persons.join(',');
    lines.push({ ...copyLine(line), persons });
    origins.push(unchanged ? { kind: 'kept', index } : { kind: 'edited', index });
  });

  // Newcomers get the mandatory per-person products (the registration fee) they may book.
  const added = newPersons(draft);
  for (const product of products) {
    if (!product.mandatory || product.unit !== 'perPerson') continue;
    const eligible = added.filter((id) => {
      const ref = parsePersonId(id);
      return ref !== null && audienceAllows(product.audience, ref.kind);
    });
    if (eligible.length === 0) continue;
    const at = lines.findIndex((line) => line.productId === product.id && isPersonLine(line));
    if (at >= 0) {
      const existing = lines[at] as BasketLine;
      lines[at] = { ...existing, persons: [...new Set([...(existing.persons ?? []), ...eligible])].sort(comparePersonIds) };
      const origin = origins[at];
      origins[at] = { kind: 'edited', index: origin && origin.index !== null ? origin.index : null };
    } else {
      lines.push({ productId: product.id, persons: eligible, arrival: null, nights: null, quantity: null });
      origins.push({ kind: 'edited', index: null });
    }
  }

  const participants: Participant[] = draft.map((participant) => ({
    lastName: participant.lastName,
    firstName: participant.firstName,
    organisation: participant.organisation,
    companion: participant.companion
      ? { lastName: participant.companion.lastName, firstName: participant.companion.firstName }
      : null,
  }));
  return { ok: true, basket: { accessCode: file.accessCode, participants: toApiParticipants(participants), lines }, origins };
}

export function applyEdit(file: Basket, edit: Edit): EditResult {
  switch (edit.kind) {
    case 'add-line':
      return addLine(file, edit.line);
    case 'remove-line':
      return removeLine(file, edit.index, edit.line);
    case 'participants':
      return changeParticipants(file, edit.participants, edit.products);
  }
}

/** The participants of the file as an editable draft. */
export function draftOf(participants: readonly Participant[]): DraftParticipant[] {
  return participants.map((participant, origin) => ({
    origin,
    lastName: participant.lastName,
    firstName: participant.firstName,
    organisation: participant.organisation,
    companion: participant.companion ? { ...participant.companion, existing: true } : null,
  }));
}

/** Lines of the file a participants change would drop because nobody is left on them. */
export function linesDroppedBy(file: Basket, draft: readonly DraftParticipant[]): number[] {
  const map = personMap(draft);
  return file.lines.flatMap((line, index) =>
    line.persons !== null && line.persons.length > 0 && line.persons.every((id) => !map.has(id)) ? [index] : [],
  );
}

/** Persons of the file, "p0", "p0c"…, in order. */
export function personIds(participants: readonly Participant[]): string[] {
  return participants.flatMap((participant, index) => [`p${index}`, ...(participant.companion ? [`p${index}c`] : [])]);
}

/** Persons already booked on a per-person product (they cannot be added to it twice). */
export function personsBooked(lines: readonly BasketLine[], productId: string): string[] {
  return lines.filter((line) => line.productId === productId && isPersonLine(line)).flatMap((line) => line.persons ?? []);
}
