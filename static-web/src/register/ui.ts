import { h, ht, setText, type TextSource } from '../shared/dom';
import { isMessageKey, translate, type Lang, type Localized, type MessageKey } from '../shared/i18n';

// Small building blocks of the registration page; its fields are the form kit's (shared/form).

export function notice(tone: 'success' | 'info' | 'error', text: TextSource | null, live = true): HTMLElement {
  const element = h('div', {
    class: `notice notice--${tone}`,
    role: live ? (tone === 'error' ? 'alert' : 'status') : undefined,
  });
  if (text) setText(element, text);
  else element.hidden = true;
  return element;
}

/** Shows one or more messages in an element (hidden when there are none). */
export function showMessages(element: HTMLElement, messages: readonly Localized[]): void {
  element.hidden = messages.length === 0;
  element.replaceChildren();
  if (messages.length === 1 && messages[0]) setText(element, messages[0]);
  else if (messages.length > 1) element.append(h('ul', {}, ...messages.map((text) => setText(h('li', {}), text))));
}

export function button(label: TextSource, variant: 'primary' | 'secondary' | 'link' | 'danger' = 'secondary'): HTMLButtonElement {
  return setText(h('button', { type: 'button', class: `button button--${variant}` }), label);
}

/** Optional translation of a dynamic key ("reg.amenity.lift"), the raw value when unknown. */
export function optionalText(prefix: string, value: string): Localized {
  const key = `${prefix}${value}`;
  return (lang: Lang) => (isMessageKey(key) ? translate(lang, key as MessageKey) : value);
}

export const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): Localized =>
  (lang) => translate(lang, key, params);

export function requiredNote(): HTMLElement {
  return ht('p', 'reg.requiredNote', { class: 'muted small' });
}
