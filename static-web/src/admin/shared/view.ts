import { html, nothing, render, type TemplateResult } from 'lit';
import { resolveText, type TextSource } from '../../shared/dom';
import { i18n, type Localized, type MessageKey } from '../../shared/i18n';
import { statusLabel, statusTone } from './labels';

// The admin kit's declarative side (lit-html through the `lit` package): a screen is a function of
// its state returning a template; `mount` renders it into a host and renders it again when the state
// changes (`update`) or the language does. Plain-DOM pieces of the kit (dialogs, fields) are nodes a
// template can hold as they are, so screens convert one at a time.

export { html, nothing };
export type { TemplateResult };

/** A text of the dictionaries or a Localized, in the page's language now (templates are rendered again on a switch). */
export const t = (source: TextSource): string => resolveText(source);

export interface Mounted {
  /** Renders the view again from the current state. */
  update(): void;
  /** Stops following the language and empties the host. */
  dispose(): void;
}

/** Renders `view()` into `host` now, on every `update()` and after every language switch. */
export function mount(host: HTMLElement, view: () => unknown): Mounted {
  const update = () => render(view(), host);
  const stop = i18n.onChange(update);
  update();
  return {
    update,
    dispose() {
      stop();
      render(nothing, host);
    },
  };
}

export type Fact = readonly [MessageKey | Localized, Localized | string | TemplateResult | Node];

/** A term/definition list: [label, value] pairs (text, a template or a node). */
export const factsView = (rows: readonly Fact[], className = 'facts'): TemplateResult =>
  html`<dl class=${className}>
    ${rows.map(([label, value]) => html`<div><dt>${t(label)}</dt><dd>${typeof value === 'function' ? value(i18n.lang) : value}</dd></div>`)}
  </dl>`;

/** Loading, empty or failed states, with a retry button for failures. */
export const stateView = (kind: 'loading' | 'empty' | 'error', text: TextSource, retry?: () => void): TemplateResult =>
  html`<div class="state${kind === 'loading' ? ' state--loading' : kind === 'error' ? ' state--error' : ''}" role=${kind === 'error' ? 'alert' : 'status'}>
    <p class="state__title">${t(text)}</p>
    ${retry ? html`<button type="button" class="button button--secondary" @click=${retry}>${t('admin.kit.retry')}</button>` : nothing}
  </div>`;

export const badgeView = (status: string): TemplateResult =>
  html`<span class="rg-badge rg-badge--${statusTone(status)}">${t(statusLabel(status))}</span>`;

export type ButtonKind = 'primary' | 'secondary' | 'link' | 'danger';

/** A button; `label` names it for assistive technologies when the visible text is not enough. */
export const buttonView = (text: TextSource, kind: ButtonKind, onClick: () => void, label?: TextSource): TemplateResult =>
  html`<button type="button" class="button button--${kind}" aria-label=${label ? t(label) : nothing} @click=${onClick}>${t(text)}</button>`;

/** A notice paragraph (info, error, success). */
export const noticeView = (tone: 'error' | 'info' | 'success', text: TextSource): TemplateResult =>
  html`<p class="notice notice--${tone}">${t(text)}</p>`;

/** The loading state of an asynchronous read, for views that hold one. */
export type Load<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; error: unknown };
