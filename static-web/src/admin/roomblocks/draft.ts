import type { Localized } from '../../shared/i18n';
import { message, type MessageKey } from '../../shared/i18n';
import { placeProblems, type PlacedProblems } from '../../shared/problem-details';
import { problemOf } from '../../shared/api/client';
import { ROOM_TYPES, type RoomType } from './model';

// The "Nouvelle demande" form as data: what was typed, the body POST …/room-blocks reads, the checks
// made before sending, and where the server's errors go back on the form.

export interface RequestDraft {
  firstNight: string;
  lastNight: string;
  /** Types ticked, each with or without a request for availability. */
  types: Partial<Record<RoomType, { askAvailability: boolean }>>;
  answerBy: string;
  releaseOn: string;
  remarks: string;
  providerIds: readonly string[];
}

export interface RequestBody {
  firstNight: string;
  lastNight: string;
  roomTypes: { type: RoomType; askAvailability: boolean }[];
  answerBy: string;
  releaseOn: string;
  providerIds: string[];
  remarks: string;
}

/** The body sent: room types in the form's order, providers once each, texts trimmed; empty dates stay empty (the server names them). */
export function requestBody(draft: RequestDraft): RequestBody {
  return {
    firstNight: draft.firstNight.trim(),
    lastNight: draft.lastNight.trim(),
    roomTypes: ROOM_TYPES.filter((type) => draft.types[type]).map((type) => ({ type, askAvailability: draft.types[type]?.askAvailability === true })),
    answerBy: draft.answerBy.trim(),
    releaseOn: draft.releaseOn.trim(),
    providerIds: [...new Set(draft.providerIds.map((id) => id.trim()).filter((id) => id !== ''))],
    remarks: draft.remarks.trim(),
  };
}

/** The keys of the form's inputs: the body's names, and one per room type and provider checkbox. */
export const typeKey = (type: string): string => `roomType.${type}`;
export const providerKey = (id: string): string => `provider.${id}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What can be told before sending (the server checks all of it again, and more: the answer date
 * not past in the event's time zone, 31 nights at most, known providers). Keyed by input.
 */
export function checkBody(body: RequestBody): Map<string, MessageKey> {
  const problems = new Map<string, MessageKey>();
  for (const field of ['firstNight', 'lastNight', 'answerBy', 'releaseOn'] as const)
    if (!DAY.test(body[field])) problems.set(field, 'admin.roomBlocks.check.date');
  if (DAY.test(body.firstNight) && DAY.test(body.lastNight) && body.lastNight < body.firstNight)
    problems.set('lastNight', 'admin.roomBlocks.check.lastBeforeFirst');
  if (DAY.test(body.answerBy) && DAY.test(body.releaseOn) && body.releaseOn < body.answerBy)
    problems.set('releaseOn', 'admin.roomBlocks.check.releaseBeforeAnswer');
  else if (DAY.test(body.releaseOn) && DAY.test(body.lastNight) && body.releaseOn > body.lastNight)
    problems.set('releaseOn', 'admin.roomBlocks.check.releaseAfterLast');
  if (body.roomTypes.length === 0) problems.set('roomTypes', 'admin.roomBlocks.check.noType');
  if (body.providerIds.length === 0) problems.set('providerIds', 'admin.roomBlocks.check.noProvider');
  return problems;
}

export const localizedChecks = (checks: ReadonlyMap<string, MessageKey>): Map<string, Localized> =>
  new Map([...checks].map(([key, text]) => [key, message(text)]));

/**
 * The input a server error path names, given the body that was sent: "roomTypes[1].type" is the
 * second type sent, so the checkbox of that type; "providerIds[2]" the checkbox of the third
 * provider sent. Other paths are the input of the same name.
 */
export function inputOf(path: string, sent: RequestBody): string {
  const type = /^roomTypes\[(\d+)\]/i.exec(path);
  if (type) {
    const sentType = sent.roomTypes[Number(type[1])]?.type;
    return sentType ? typeKey(sentType) : 'roomTypes';
  }
  const provider = /^providerIds\[(\d+)\]/i.exec(path);
  if (provider) {
    const id = sent.providerIds[Number(provider[1])];
    return id !== undefined ? providerKey(id) : 'providerIds';
  }
  // The server's JSON names are camelCase; a PascalCase path ("ReleaseOn") names the same input.
  return path.charAt(0).toLowerCase() + path.slice(1);
}

/** A 400's errors placed on the form's inputs (several errors on one input are joined); the rest for the form's alert. */
export function placeRequestProblems(body: unknown, sent: RequestBody, inputs: Iterable<string>): PlacedProblems {
  const problem = problemOf(body);
  if (!problem?.errors) return placeProblems(body, inputs);
  const known = new Set(inputs);
  const errors: Record<string, unknown[]> = {};
  for (const [path, entries] of Object.entries(problem.errors)) {
    const target = inputOf(path, sent);
    // An error the form has no input for keeps the server's path, so it is reported with its name.
    const key = known.has(target) ? target : path;
    errors[key] = [...(errors[key] ?? []), ...(Array.isArray(entries) ? entries : [entries])];
  }
  return placeProblems({ ...problem, errors }, known);
}
