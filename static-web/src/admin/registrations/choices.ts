import type { RegistrationForm } from '../../register/model';
import type { Localized } from '../../shared/i18n';
import { eventStatusLabel, local } from './labels';
import type { EventChoice, ProviderName } from './list-model';
import type { Choice } from './ui';

// What the list's choosers offer: events with their status, products by step, providers by name.

/** "Title · City (draft)": staff see at once which events the public cannot reach. */
export function eventLabel(event: EventChoice): Localized {
  const status = eventStatusLabel(event.status);
  return (lang) => {
    const name = event.city ? `${event.title} · ${event.city}` : event.title;
    const state = status(lang);
    return state ? `${name} (${state})` : name;
  };
}

type LocalizedChoice = Choice & { label: Localized };

/** Product choices grouped by step; the providers of those products, by name (by id when it is unknown). */
export function filterChoices(form: RegistrationForm | null, known: readonly ProviderName[] = []): {
  products: { title: Localized; choices: LocalizedChoice[] }[];
  providers: LocalizedChoice[];
} {
  if (!form) return { products: [], providers: [] };
  const products = form.steps
    .map((step) => ({
      title: local(step.title),
      choices: form.products.filter((product) => product.stepId === step.id).map((product) => ({ value: product.id, label: local(product.label) })),
    }))
    .filter((group) => group.choices.length > 0);
  const names = new Map<string, string>(form.hotels.map((hotel) => [hotel.id, hotel.name]));
  for (const provider of known) if (provider.name) names.set(provider.id, provider.name);
  const providers = [...new Set(form.products.map((product) => product.providerId).filter(Boolean))]
    .map((id) => ({ value: id, label: (() => names.get(id) || id) as Localized }))
    .sort((a, b) => (names.get(a.value) || a.value).localeCompare(names.get(b.value) || b.value));
  return { products, providers };
}
