import { describe, expect, it } from 'vitest';
import { catalogAnswer, providersAnswer } from './fixtures.test-helper';
import { catalogView } from '../events/model';
import { providerChoices } from '../shared/providers';
import type { EventChoice, FilterCatalog } from './list-model';
import { eventLabel, filterChoices } from './choices';

const catalog = (): FilterCatalog => catalogView(catalogAnswer());
const providers = () => providerChoices(providersAnswer());

describe('list filters', () => {
  it('names every provider of the products from the providers list, by id when it does not name one', () => {
    const choices = filterChoices(catalog(), providers());
    expect(choices.providers.map((choice) => [choice.value, choice.label('fr')])).toEqual([
      ['autocars', 'autocars'],
      ['hotel-x', 'Hôtel X'],
      ['platine', 'La Platine'],
    ]);
  });

  it('offers the products restricted to an access group, which the form read without a code hides', () => {
    const choices = filterChoices(catalog(), providers());
    const visits = choices.products.find((group) => group.title('en') === 'Visits');
    expect(visits?.choices.map((choice) => [choice.value, choice.label('fr')])).toEqual([['board-visit', 'Visite du bureau']]);
    expect(choices.providers.map((choice) => choice.value)).toContain('autocars');
  });

  it('groups the products by step in the catalog’s order, each step in the products’ display order', () => {
    const choices = filterChoices(catalog(), []);
    expect(choices.products.map((group) => [group.title('en'), group.choices.map((choice) => choice.value)])).toEqual([
      ['Registration', ['fee']],
      ['Accommodation', ['hx-double']],
      ['Meals', ['lunch-d1', 'parking']],
      ['Visits', ['board-visit']],
    ]);
    expect(choices.products[2]?.choices[0]?.label('en')).toBe('Lunch 11/06');
    expect(filterChoices(null, providers())).toEqual({ products: [], providers: [] });
  });

});

describe('event chooser', () => {
  const event = (status: string, city = 'Lyon'): EventChoice => ({ id: 'e', title: 'Cluster 2027', status, city, startDate: '', endDate: '', venue: '', createdAt: '' });

  it('says whether each event is a draft or published', () => {
    expect(eventLabel(event('Draft'))('fr')).toBe('Cluster 2027 · Lyon (brouillon)');
    expect(eventLabel(event('Published', ''))('en')).toBe('Cluster 2027 (published)');
  });

  it('shows a status it does not know as sent, and nothing without one', () => {
    expect(eventLabel(event('Archived'))('en')).toBe('Cluster 2027 · Lyon (Archived)');
    expect(eventLabel(event(''))('en')).toBe('Cluster 2027 · Lyon');
  });
});
