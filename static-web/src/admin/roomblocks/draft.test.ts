import { describe, expect, it } from 'vitest';
import { checkBody, inputOf, placeRequestProblems, requestBody, type RequestDraft } from './draft';

const draft = (over: Partial<RequestDraft> = {}): RequestDraft => ({
  firstNight: '2027-03-24',
  lastNight: '2027-03-25',
  types: { twin: { askAvailability: false }, single: { askAvailability: true } },
  answerBy: '2026-12-15',
  releaseOn: '2027-02-22',
  remarks: '  Salle plénière à 10 min.  ',
  providerIds: ['adagio-saint-etienne', 'hotel-du-musee', 'adagio-saint-etienne'],
  ...over,
});

describe('the body of a new request', () => {
  it('lists the types ticked in the form order with their availability request, each provider once, texts trimmed', () => {
    expect(requestBody(draft())).toEqual({
      firstNight: '2027-03-24',
      lastNight: '2027-03-25',
      roomTypes: [{ type: 'single', askAvailability: true }, { type: 'twin', askAvailability: false }],
      answerBy: '2026-12-15',
      releaseOn: '2027-02-22',
      providerIds: ['adagio-saint-etienne', 'hotel-du-musee'],
      remarks: 'Salle plénière à 10 min.',
    });
  });

  it('passes the checks when complete', () => {
    expect([...checkBody(requestBody(draft()))]).toEqual([]);
  });

  it('is refused before sending when the nights, dates, types or providers are wrong', () => {
    const checks = checkBody(requestBody(draft({ lastNight: '2027-03-23', releaseOn: '2026-12-01', types: {}, providerIds: [], answerBy: '' })));
    expect(Object.fromEntries(checks)).toEqual({
      answerBy: 'admin.roomBlocks.check.date',
      lastNight: 'admin.roomBlocks.check.lastBeforeFirst',
      roomTypes: 'admin.roomBlocks.check.noType',
      providerIds: 'admin.roomBlocks.check.noProvider',
    });
    expect(checkBody(requestBody(draft({ releaseOn: '2026-12-01' }))).get('releaseOn')).toBe('admin.roomBlocks.check.releaseBeforeAnswer');
    expect(checkBody(requestBody(draft({ releaseOn: '2027-03-26' }))).get('releaseOn')).toBe('admin.roomBlocks.check.releaseAfterLast');
  });
});

describe('server errors on the form', () => {
  const sent = requestBody(draft());

  it('name the checkbox of the type and provider that was sent at that index', () => {
    expect(inputOf('roomTypes[1].type', sent)).toBe('roomType.twin');
    expect(inputOf('roomTypes[0].askAvailability', sent)).toBe('roomType.single');
    expect(inputOf('providerIds[1]', sent)).toBe('provider.hotel-du-musee');
    expect(inputOf('providerIds[7]', sent)).toBe('providerIds');
    expect(inputOf('ReleaseOn', sent)).toBe('releaseOn');
  });

  it('go next to their inputs in the page language; unknown fields keep their name for the alert', () => {
    const body = {
      status: 400,
      errors: {
        lastNight: [{ code: 'too-long', fr: '31 nuits au plus.', en: '31 nights at most.' }],
        'providerIds[0]': [{ code: 'invalid', fr: 'Prestataire inconnu.', en: 'Unknown provider.' }],
        'roomTypes[1].type': [{ code: 'invalid', fr: 'Type inconnu.', en: 'Unknown type.' }],
        budget: [{ code: 'invalid', fr: 'Budget invalide.', en: 'Invalid budget.' }],
      },
    };
    const inputs = ['lastNight', 'roomType.twin', 'provider.adagio-saint-etienne', 'provider.hotel-du-musee'];
    const placed = placeRequestProblems(body, sent, inputs);
    expect(placed.fields.get('lastNight')?.('fr')).toBe('31 nuits au plus.');
    expect(placed.fields.get('provider.adagio-saint-etienne')?.('en')).toBe('Unknown provider.');
    expect(placed.fields.get('roomType.twin')?.('fr')).toBe('Type inconnu.');
    expect(placed.fields.has('provider.hotel-du-musee')).toBe(false);
    expect(placed.rest.map((m) => m('en'))).toEqual(['budget: Invalid budget.']);
  });

  it('without field errors, give the problem detail', () => {
    const placed = placeRequestProblems({ status: 404, detail: 'Unknown event.', detail_fr: 'Événement inconnu.' }, sent, []);
    expect(placed.rest.map((m) => m('fr'))).toEqual(['Événement inconnu.']);
  });
});
