import { isRoomLine, type BasketLine } from './basket';
import { addDays } from './format';
import type { Choice, Product } from './model';
import { audienceAllows, listPersons, parsePersonId, type Participant } from './persons';

// The checks made before leaving a step. The server checks again (and more) when quoting.

export interface ChoiceProblem {
  personId: string;
  rule: Exclude<Choice, 'none'>;
  count: number;
}

/** How many of these products each person has in the basket (rooms count once per room). */
export function countsPerPerson(lines: readonly BasketLine[], productIds: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!productIds.has(line.productId)) continue;
    for (const person of line.persons ?? []) counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  return counts;
}

/**
 * A step's choice rule, per person, among the step's products. Only persons who may book at least
 * one of those products are held to it: a companion is never asked to pick among attendee-only
 * products.
 */
export function checkChoice(
  choice: Choice,
  stepProducts: readonly Product[],
  lines: readonly BasketLine[],
  participants: readonly Participant[],
): ChoiceProblem[] {
  if (choice === 'none') return [];
  const counts = countsPerPerson(lines, new Set(stepProducts.map((product) => product.id)));
  return listPersons(participants).flatMap((person): ChoiceProblem[] => {
    if (!stepProducts.some((product) => audienceAllows(product.audience, person.kind))) return [];
    const count = counts.get(person.id) ?? 0;
    const broken = choice === 'exactlyOne' ? count !== 1 : count > 1;
    return broken ? [{ personId: person.id, rule: choice, count }] : [];
  });
}

/** Persons on a line whose audience excludes them (a companion on an attendee-only product). */
export function audienceProblems(line: BasketLine, product: Product): string[] {
  return (line.persons ?? []).filter((id) => {
    const person = parsePersonId(id);
    return person !== null && !audienceAllows(product.audience, person.kind);
  });
}

export interface RoomConflict {
  personId: string;
  /** Indexes of the room lines that share at least one night. */
  lines: [number, number];
}

const nightsOf = (line: BasketLine): string[] =>
  Array.from({ length: line.nights ?? 0 }, (_, i) => addDays(line.arrival ?? '', i));

/** A person cannot sleep in two rooms the same night. */
export function roomConflicts(lines: readonly BasketLine[]): RoomConflict[] {
  const conflicts: RoomConflict[] = [];
  const rooms = lines.map((line, index) => ({ line, index })).filter(({ line }) => isRoomLine(line));
  rooms.forEach((first, i) => {
    const firstNights = new Set(nightsOf(first.line));
    for (const second of rooms.slice(i + 1)) {
      if (!nightsOf(second.line).some((night) => firstNights.has(night))) continue;
      for (const person of first.line.persons ?? []) {
        if (second.line.persons?.includes(person)) {
          conflicts.push({ personId: person, lines: [first.index, second.index] });
        }
      }
    }
  });
  return conflicts;
}

export type OccupancyProblem = 'empty' | 'tooMany';

/** A room needs someone in it, and no more than its maximum occupancy. */
export function occupancyProblem(persons: readonly string[], product: Pick<Product, 'maxOccupancy'>): OccupancyProblem | null {
  if (persons.length === 0) return 'empty';
  if (product.maxOccupancy !== null && persons.length > product.maxOccupancy) return 'tooMany';
  return null;
}
