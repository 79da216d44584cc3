import type { Localized } from '../../shared/i18n';
import { local } from '../shared/labels';
import type { FilterCatalog, ProviderName } from './list-model';
import type { Choice } from '../../shared/form';

// What the list's choosers offer: events with their status, products by step, providers by name.

export { eventLabel } from '../shared/events';

type LocalizedChoice = Choice & { label: Localized };

/**
 * Product choices grouped by step (the catalog's order, then each product's display order); the
 * providers of those products, by name (by id when the providers list does not name one).
 */
export function filterChoices(catalog: FilterCatalog | null, known: readonly ProviderName[] = []): {
  products: { title: Localized; choices: LocalizedChoice[] }[];
  providers: LocalizedChoice[];
} {
  if (!catalog) return { products: [], providers: [] };
  const products = catalog.steps
    .map((step) => ({
      title: local(step.title),
      choices: catalog.products
        .filter((product) => product.stepId === step.id)
        // A stable sort: products with the same order keep the catalog's.
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((product) => ({ value: product.id, label: local(product.label) })),
    }))
    .filter((group) => group.choices.length > 0);
  const names = new Map<string, string>();
  for (const provider of known) if (provider.name) names.set(provider.id, provider.name);
  const providers = [...new Set(catalog.products.map((product) => product.providerId).filter(Boolean))]
    .map((id) => ({ value: id, label: (() => names.get(id) || id) as Localized }))
    .sort((a, b) => (names.get(a.value) || a.value).localeCompare(names.get(b.value) || b.value));
  return { products, providers };
}
