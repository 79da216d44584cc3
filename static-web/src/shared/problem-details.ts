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

/**
 * Turns a problem-details body into messages for a form's fields. Errors on fields the form does
 * not have (or on the whole request) go to the form message, so nothing the server said is lost.
 */
export function problemToFormErrors<F extends string>(
  body: unknown,
  knownFields: readonly F[],
): FormErrors<F> {
  const problem = isRecord(body) ? body : {};
  const fields: Partial<Record<F, Localized>> = {};
  const unplaced: Localized[] = [];

  if (isRecord(problem.errors)) {
    for (const [key, entries] of Object.entries(problem.errors)) {
      const messages = (Array.isArray(entries) ? entries : [entries])
        .map(toLocalized)
        .filter((text): text is Localized => text !== null);
      if (messages.length === 0) continue;
      const field = matchField(key, knownFields);
      if (field) fields[field] = joinMessages(messages);
      else unplaced.push(...messages);
    }
  }

  let form: Localized | null = unplaced.length > 0 ? joinMessages(unplaced) : null;
  if (!form && Object.keys(fields).length === 0) {
    form = bilingual(problem, 'detail') ?? bilingual(problem, 'title');
  }
  return { fields, form };
}

/** "Email", "email", "$.email" and "request.Email" all name the field "email". */
function matchField<F extends string>(key: string, knownFields: readonly F[]): F | null {
  const name = key.split('.').pop()?.trim().toLowerCase() ?? '';
  return knownFields.find((field) => field.toLowerCase() === name) ?? null;
}

function toLocalized(entry: unknown): Localized | null {
  if (typeof entry === 'string') return entry.trim() ? () => entry : null;
  if (!isRecord(entry)) return null;
  const en = nonEmptyString(entry.en);
  const fr = nonEmptyString(entry.fr);
  const fallback = en ?? fr ?? nonEmptyString(entry.code);
  if (!fallback) return null;
  return (lang) => (lang === 'fr' ? fr : en) ?? fallback;
}

function bilingual(problem: Record<string, unknown>, name: 'title' | 'detail'): Localized | null {
  const en = nonEmptyString(problem[name]);
  const fr = nonEmptyString(problem[`${name}_fr`]);
  const fallback = en ?? fr;
  if (!fallback) return null;
  return (lang) => (lang === 'fr' ? fr : en) ?? fallback;
}

function joinMessages(messages: readonly Localized[]): Localized {
  return (lang) => messages.map((text) => text(lang)).join(' ');
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
