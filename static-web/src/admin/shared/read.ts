import type { LocalText } from '../../register/model';

// Small readers for JSON answers: the server is trusted for meaning, not for shape, so a missing
// or mistyped field becomes an empty value instead of a crash in the middle of a page.

export type Rec = Record<string, unknown>;

export const isRec = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

export const strOrNull = (value: unknown): string | null => {
  const text = str(value);
  return text === '' ? null : text;
};

export const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

export const numOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const records = (value: unknown): Rec[] => list(value).filter(isRec);

export const strings = (value: unknown): string[] =>
  list(value).filter((item): item is string => typeof item === 'string');

export function localText(value: unknown): LocalText {
  if (typeof value === 'string') return { fr: value, en: value };
  const record = isRec(value) ? value : {};
  return { fr: str(record.fr), en: str(record.en) };
}
