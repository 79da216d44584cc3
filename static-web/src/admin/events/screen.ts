import { formatMoney as formatEuros } from '../../shared/money';
import { h, ht, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { HttpError } from '../../shared/http';
import { message, translate, type Localized } from '../../shared/i18n';

// What the event screens share besides the form kit (shared/form): loading a screen, texts in both
// languages, prices, an event's status.

/** "Loading…" then the screen, or the failure with a retry. */
export async function loading(container: HTMLElement, load: () => Promise<void>): Promise<void> {
  container.replaceChildren(ht('p', 'admin.events.loading', { class: 'state state--loading', role: 'status' }));
  try {
    await load();
  } catch (error) {
    const retry = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
    retry.addEventListener('click', () => void loading(container, load));
    const notFound = error instanceof HttpError && error.status === 404;
    container.replaceChildren(
      h('div', { class: 'state state--error', role: 'alert' },
        setText(h('p', { class: 'state__title' }), notFound ? message('admin.events.notFound') : failureMessage(error)), retry),
    );
  }
}

/** A French/English pair of a text in the current language, for lists. */
export const bilingualText = (fr: string, en: string): Localized => (lang) => (lang === 'en' && en ? en : fr);

export const formatMoney = (amount: number | null): Localized => (lang) => (amount === null ? '' : formatEuros(amount, lang));

export const statusText = (status: string): Localized => (lang) =>
  translate(lang, status === 'Published' ? 'admin.events.status.Published' : 'admin.events.status.Draft');
