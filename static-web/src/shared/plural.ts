// Plural messages: a text that depends on a count is an object { one, other } instead of a string.
// The form is chosen by Intl.PluralRules of the language (French: 0 and 1 are "one"; English: only 1),
// and {count} in the chosen form is the count, written with the language's digit grouping.
// Kept apart from i18n.ts so that the per-area tables can import the types without a cycle.

export interface Plural {
  readonly one: string;
  readonly other: string;
}
/** A dictionary entry: a plain text, or a text that varies with a count. */
export type Message = string | Plural;

/** The English table of a French one: same keys, and a plural where French has a plural. */
export type Translation<Fr> = { readonly [K in keyof Fr]: Fr[K] extends string ? string : Plural };

export function isPlural(message: Message): message is Plural {
  return typeof message === 'object';
}

/** Every text of a message: the string, or both forms of a plural. */
export function messageTexts(message: Message): string[] {
  return isPlural(message) ? [message.one, message.other] : [message];
}

const rules = new Map<string, Intl.PluralRules>();

/** 'one' or 'other' for a count in a locale; forms other than "one" (e.g. "many") fall back to "other". */
export function pluralForm(locale: string, count: number): keyof Plural {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}
