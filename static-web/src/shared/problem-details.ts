import { problemOf, type Schemas } from './api/client';
import type { Lang, Localized } from './i18n';

// RFC 9457 problem details as the API returns them, with French extensions:
// { title, title_fr, detail, detail_fr, status, errors: { field: [{ code, en, fr }] } }.
// ASP.NET's default validation shape (errors: { Field: ["message"] }) is accepted too.

/** Errors to show on a form: one message per known field, plus one for the form as a whole. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, Localized>>;
  form: Localized | null;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

/** The errors rendered as plain strings in one language. */
export function resolveFormErrors<F extends string>(
  errors: FormErrors<F>,
  lang: Lang,
): { fields: Partial<Record<F, string>>; form: string | null } {
  const fields: Partial<Record<F, string>> = {};
  for (const [field, text] of Object.entries(errors.fields) as [F, Localized | undefined][]) {
    if (text) fields[field] = text(lang);
  }
  return { fields, form: errors.form ? errors.form(lang) : null };
}

/** The field errors of a problem body, by the path the server names ("email", "lines[2].persons"), each with its messages. */
export function fieldProblems(body: unknown): [string, Localized[]][] {
  const errors = problemOf(body)?.errors;
  if (!errors) return [];
  return Object.entries(errors)
    .map(([path, entries]): [string, Localized[]] => [path, asList(entries).map(entryMessage).filter((text): text is Localized => text !== null)])
    .filter(([, messages]) => messages.length > 0);
}

/** What a problem says of the request as a whole: its detail, else its title, in both languages; null when it says nothing. */
export function problemSummary(body: unknown): Localized | null {
  const problem = problemOf(body);
  return problem ? bilingual(problem.detail_fr, problem.detail) ?? bilingual(problem.title_fr, problem.title) : null;
}

/**
 * Turns a problem-details body into messages for a form's fields. Errors on fields the form does
 * not have (or on the whole request) go to the form message, so nothing the server said is lost.
 */
export function problemToFormErrors<F extends string>(
  body: unknown,
  knownFields: readonly F[],
): FormErrors<F> {
  const fields: Partial<Record<F, Localized>> = {};
  const unplaced: Localized[] = [];
  for (const [key, messages] of fieldProblems(body)) {
    const field = matchField(key, knownFields);
    if (field) fields[field] = joinMessages(messages);
    else unplaced.push(...messages);
  }
  let form: Localized | null = unplaced.length > 0 ? joinMessages(unplaced) : null;
  if (!form && Object.keys(fields).length === 0) form = problemSummary(body);
  return { fields, form };
}

export interface PlacedProblems {
  fields: Map<string, Localized>;
  /** Messages for fields the screen has no control for, or for the request as a whole. */
  rest: Localized[];
}

/**
 * A problem placed on a screen's controls by the exact field path the server names ("title", "steps[2].title.fr",
 * "slots.2027-03-24"); whatever no control shows goes with its field name to the screen's alert.
 */
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

/** "Email", "email", "$.email" and "request.Email" all name the field "email". */
function matchField<F extends string>(key: string, knownFields: readonly F[]): F | null {
  const name = key.split('.').pop()?.trim().toLowerCase() ?? '';
  return knownFields.find((field) => field.toLowerCase() === name) ?? null;
}

const present = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value : null);

/** French and English, each falling back to the other. */
function bilingual(fr: string | null | undefined, en: string | null | undefined): Localized | null {
  const [french, english] = [present(fr), present(en)];
  const fallback = french ?? english;
  return fallback ? (lang) => (lang === 'fr' ? french : english) ?? fallback : null;
}

// The contract's errors are { code, fr, en } lists; ASP.NET's own validation writes plain strings.
const asList = (entries: unknown): unknown[] => (Array.isArray(entries) ? entries : [entries]);

function entryMessage(entry: unknown): Localized | null {
  if (typeof entry === 'string') return bilingual(entry, entry);
  if (typeof entry !== 'object' || entry === null) return null;
  const { fr, en, code } = entry as Partial<Schemas['FieldMessage']>;
  return bilingual(fr, en) ?? bilingual(code, code);
}

export const joinMessages = (messages: readonly Localized[]): Localized => (lang) => messages.map((text) => text(lang)).join(' ');
