import type { Localized } from '../../shared/i18n';
import { fieldProblems, joinMessages, problemSummary } from '../../shared/problem-details';

// Problem details (errors: { field: [{ code, fr, en }] }) placed on the screen's controls by the exact field
// path the server names ("title", "steps[2].title.fr", "slots.2027-03-24"); whatever no control shows goes to
// the screen's alert with its field name, so nothing the server said is lost.

export interface PlacedProblems {
  fields: Map<string, Localized>;
  /** Messages for fields the screen has no control for, or for the request as a whole. */
  rest: Localized[];
}

export function placeProblems(body: unknown, knownFields: Iterable<string>): PlacedProblems {
  const known = new Set(knownFields);
  const fields = new Map<string, Localized>();
  const rest: Localized[] = [];
  for (const [field, messages] of fieldProblems(body)) {
    const joined = joinMessages(messages);
    if (known.has(field)) fields.set(field, joined);
    else rest.push((lang) => `${field}${lang === 'fr' ? '\u00a0: ' : ': '}${joined(lang)}`);
  }
  const summary = fields.size === 0 && rest.length === 0 ? problemSummary(body) : null;
  if (summary) rest.push(summary);
  return { fields, rest };
}
