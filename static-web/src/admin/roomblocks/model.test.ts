import { describe, expect, it } from 'vitest';
import { acceptedText, acceptPlanText, refusalMessages, typeText } from './labels';
import { providerChoices, type AdminProvider } from '../shared/providers';
import { providerKinds } from './model';
import { listRoute, requestRoute, routeOf } from './route';

describe('reading the answers', () => {
  it('sorts providers by name and lists hotels and residences first among the kinds', () => {
    const provider = (id: string, name: string, kind: string, email: string): AdminProvider => ({
      id, name, kind, email, city: '', address: '', postalCode: '', amenities: [], checkIn: '', checkOut: '', commissionPercent: 0,
      description: { fr: '', en: '' }, latitude: null, longitude: null, photos: [], stars: 0,
    });
    const providers = providerChoices([
      provider('r1', 'Zénith', 'restaurant', 'z@x.fr'), provider('h1', 'Adagio', 'residence', ''), provider('h2', 'Hôtel du Musée', 'hotel', ' musee@x.fr '),
      provider('v1', ' ', 'venue', ''),
    ]);
    expect(providers.map((p) => p.id)).toEqual(['h1', 'h2', 'v1', 'r1']);
    expect(providers[1]?.email).toBe('musee@x.fr');
    expect(providerKinds(providers)).toEqual(['hotel', 'residence', 'restaurant', 'venue']);
  });

  it('says which rooms an acceptance put on sale', () => {
    const products = [{ productId: 'twin-hotel-du-musee', type: 'twin', price: 92, roomsPerNight: { '2027-03-24': 5, '2027-03-25': 3 },
      pricePerNight: { '2027-03-24': 92, '2027-03-25': 92 } }];
    expect(acceptedText(products)('fr')).toBe('Chambres mises en vente\u00a0: Twin (twin-hotel-du-musee) 92,00\u00a0€, 8 chambres');
    expect(acceptedText(products)('en')).toBe('Rooms put on sale: Twin (twin-hotel-du-musee) €92.00, 8 rooms');
    expect(typeText('accessible', 'fr')).toBe('PMR / Accessible');
    const varying = [{ ...products[0]!, productId: 'single-adagio', type: 'single', price: 70, pricePerNight: { '2027-03-24': 70, '2027-03-25': 75 } }];
    expect(acceptedText(varying)('en')).toBe('Rooms put on sale: Single (single-adagio) €70.00 to €75.00 depending on the night, 8 rooms');
  });

  it('asks before accepting, naming each night, its rooms and its price', () => {
    const plan = [{ type: 'single', nights: [{ night: '2027-03-24', rooms: 5, price: 70 }, { night: '2027-03-25', rooms: 4, price: 75 }] }];
    expect(acceptPlanText('Adagio', plan)('en')).toBe(
      "Accept Adagio's answer? These go on sale in the accommodation step, each night at its own price:\nSingle — 24/03/2027: 5 rooms at €70.00; 25/03/2027: 4 rooms at €75.00",
    );
    expect(acceptPlanText('Adagio', [])('fr')).toContain('rien ne sera mis en vente');
  });

  it('gives a refused acceptance in the server’s words, in the page language', () => {
    const fewer = { status: 400, errors: { 'offers.twin.2027-03-24': [{ code: 'invalid', fr: 'Moins de chambres que celles déjà vendues.', en: 'Fewer rooms than already sold.' }] } };
    expect(refusalMessages(fewer).map((m) => m('fr'))).toEqual(['Moins de chambres que celles déjà vendues.']);
    const noAnswer = { status: 409, type: 'no-answer', title: 'This provider has not submitted an answer.', title_fr: "Ce prestataire n'a pas envoyé de réponse.",
      detail: 'Only a submitted answer can be accepted.', detail_fr: 'Seule une réponse envoyée peut être acceptée.' };
    expect(refusalMessages(noAnswer).map((m) => m('en'))).toEqual(['Only a submitted answer can be accepted.']);
  });
});

describe('routes', () => {
  it('tell the list, the new form and a request apart, keeping the event in the query', () => {
    expect(routeOf([])).toEqual({ screen: 'list' });
    expect(routeOf(['new'])).toEqual({ screen: 'new' });
    expect(routeOf(['00000012'])).toEqual({ screen: 'request', number: '00000012' });
    expect(listRoute('demo 2027')).toBe('room-blocks?event=demo+2027');
    expect(requestRoute('demo', '00000012', true)).toBe('room-blocks/00000012?event=demo&created=1');
  });
});
