import { describe, expect, it } from 'vitest';
import { parseForm, type RegistrationForm } from '../../register/model';
import { formAnswer, providersAnswer } from './fixtures.test-helper';
import { parseProviderNames, type EventChoice } from './list-model';
import { eventLabel, filterChoices } from './choices';

const form = (): RegistrationForm => parseForm(formAnswer()) as RegistrationForm;
const providers = () => parseProviderNames(providersAnswer()) ?? [];

describe('list filters', () => {
  it('names every provider of the products from the providers list, restaurants as well as hotels', () => {
    const choices = filterChoices(form(), providers());
    expect(choices.providers.map((choice) => [choice.value, choice.label('fr')])).toEqual([
      ['hotel-x', 'Hôtel X'],
      ['platine', 'La Platine'],
    ]);
  });

  it('lists only the providers of the products, by id when the providers list does not name them', () => {
    const withUnknown = form();
    withUnknown.products = [...withUnknown.products, { ...withUnknown.products[0]!, id: 'bus', providerId: 'autocars' }];
    const choices = filterChoices(withUnknown, providers().filter((provider) => provider.id !== 'platine'));
    expect(choices.providers.map((choice) => choice.label('fr'))).toEqual(['autocars', 'Hôtel X', 'platine']);
  });

  it('groups the products of the form by step', () => {
    const choices = filterChoices(form(), []);
    expect(choices.products.map((group) => [group.title('en'), group.choices.map((choice) => choice.value)])).toEqual([
      ['Registration', ['fee']],
      ['Accommodation', ['hx-double']],
      ['Meals', ['lunch-d1', 'companion-visit', 'parking']],
    ]);
    expect(filterChoices(null, providers())).toEqual({ products: [], providers: [] });
  });
});

describe('event chooser', () => {
  const event = (status: string, city = 'Lyon'): EventChoice => ({ id: 'e', title: 'Cluster 2027', status, city, startDate: '', endDate: '' });

  it('says whether each event is a draft or published', () => {
    expect(eventLabel(event('Draft'))('fr')).toBe('Cluster 2027 · Lyon (brouillon)');
    expect(eventLabel(event('Published', ''))('en')).toBe('Cluster 2027 (published)');
  });

  it('shows a status it does not know as sent, and nothing without one', () => {
    expect(eventLabel(event('Archived'))('en')).toBe('Cluster 2027 · Lyon (Archived)');
    expect(eventLabel(event(''))('en')).toBe('Cluster 2027 · Lyon');
  });
});
