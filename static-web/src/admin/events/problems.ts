import type { Lang, Localized } from '../../shared/i18n';

// Problem details (errors: { field: [{ code, fr, en }] }) placed on the screen's controls by the exact field
// path the server names ("title", "steps[2].title.fr", "slots.2027-03-24"); whatever no control shows goes to
// the screen's alert with its field name, so nothing the server said is lost.

export interface PlacedProblems {
  fields: Map<string, Localized>;
  /** Messages for fields the screen has no control for, or for the request as a whole. */
  rest: Localized[];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function bilingual(fr: string | null, en: string | null): Localized | null {
  const fallback = fr ?? en;
  return fallback ? (lang: Lang) => (lang === 'fr' ? fr : en) ?? fallback : null;
}

function entryMessage(entry: unknown): Localized | null {
  if (typeof entry === 'string') return bilingual(entry, entry);
  return isRec(entry) ? bilingual(text(entry.fr), text(entry.en)) ?? bilingual(text(entry.code), text(entry.code)) : null;
}

export function placeProblems(body: unknown, knownFields: Iterable<string>): PlacedProblems {
  const known = new Set(knownFields);
  const fields = new Map<string, Localized>();
  const rest: Localized[] = [];
  const problem = isRec(body) ? body : {};
  if (isRec(problem.errors)) {
    for (const [field, entries] of Object.entries(problem.errors)) {
      const messages = (Array.isArray(entries) ? entries : [entries]).map(entryMessage).filter((m): m is Localized => m !== null);
      if (messages.length === 0) continue;
      const joined: Localized = (lang) => messages.map((m) => m(lang)).join(' ');
      if (known.has(field)) fields.set(field, joined);
      else rest.push((lang) => `${field} : ${joined(lang)}`.replace(' : ', lang === 'fr' ? '\u00a0: ' : ': '));
    }
  }
  if (fields.size === 0 && rest.length === 0) {
    const detail = bilingual(text(problem.detail_fr), text(problem.detail));
    const title = bilingual(text(problem.title_fr), text(problem.title));
    const whole = detail ?? title;
    if (whole) rest.push(whole);
  }
  return { fields, rest };
}
