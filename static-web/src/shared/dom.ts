import { i18n, type Localized, type MessageKey } from './i18n';

type Attributes = Readonly<Record<string, string | boolean | undefined>>;
type Child = Node | string | null | undefined | false;

/** Builds an element; text is always set as text (never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

export type TextSource = MessageKey | Localized;

export function resolveText(source: TextSource): string {
  return typeof source === 'function' ? source(i18n.lang) : i18n.t(source);
}

// Elements showing translated text keep their updaters here; a language switch re-runs them
// (see relocalize), so forms keep what the person typed instead of being rebuilt.
const updaters = new WeakMap<Element, Map<string, () => void>>();
const MARKER = 'data-l10n';

function bind(element: Element, slot: string, update: () => void): void {
  const slots = updaters.get(element) ?? new Map<string, () => void>();
  slots.set(slot, update);
  updaters.set(element, slots);
  element.setAttribute(MARKER, '');
  update();
}

/** Sets the element's text from a translation and keeps it in the current language. */
export function setText<E extends Element>(element: E, source: TextSource): E {
  bind(element, 'text', () => {
    element.textContent = resolveText(source);
  });
  return element;
}

/** Empties the element's text and stops translating it. */
export function clearText<E extends Element>(element: E): E {
  updaters.get(element)?.delete('text');
  element.textContent = '';
  return element;
}

/** Sets an attribute (aria-label, title…) from a translation and keeps it in the current language. */
export function setAttr<E extends Element>(element: E, name: string, source: TextSource): E {
  bind(element, `@${name}`, () => element.setAttribute(name, resolveText(source)));
  return element;
}

/** Shorthand: a new element whose text is translated. */
export function ht<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  source: TextSource,
  attributes: Attributes = {},
): HTMLElementTagNameMap[K] {
  return setText(h(tag, attributes), source);
}

export function relocalize(root: ParentNode = document): void {
  root.querySelectorAll(`[${MARKER}]`).forEach((element) => {
    updaters.get(element)?.forEach((update) => update());
  });
}

let idCounter = 0;
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
