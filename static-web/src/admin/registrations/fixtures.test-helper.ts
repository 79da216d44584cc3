import type { Schemas } from '../../shared/api/client';

// Answers typed by the server's document (Schemas), so that a change of the contract shows here.

export const listAnswer = (): Schemas['RegistrationList'] => ({
  items: [
    {
      id: 'r-42', number: '00000042', status: 'Confirmed', contactName: 'Anne Martin',
      email: 'anne@example.org', organisation: 'CHU de Nantes', participants: ['Anne Martin', 'Paul Martin'],
      paymentMethod: 'card', createdAt: '2026-03-01T09:15:00Z', confirmedAt: '2026-03-01T09:20:00Z',
      start: '2026-06-10', end: '2026-06-12',
      total: 412.5, paid: 412.5, balanceDue: 0, refundDue: 0,
    },
    {
      id: 'r-43', number: '00000043', status: 'AwaitingPayment', contactName: 'Jean Dupré',
      email: 'jean@example.org', organisation: '', participants: ['Jean Dupré'],
      paymentMethod: 'cheque', createdAt: '2026-03-02T10:00:00Z', confirmedAt: null,
      start: '2026-06-10', end: '2026-06-11',
      total: 160.75, paid: 0, balanceDue: 160.75, refundDue: 0,
    },
  ],
  page: 1, pageSize: 50, count: 137,
  totals: { total: 51234.5, paid: 48000, balanceDue: 3234.5, refundDue: 0, byStatus: { Confirmed: 120, AwaitingPayment: 17 } },
});

/** GET /api/admin/events: drafts included, newest createdAt first (not by date). */
export const eventsAnswer = (): Schemas['EventSummaryView'][] => [
  { id: 'cluster-2027', title: 'Cluster 2027', status: 'Draft', startDate: '2027-06-09', endDate: '2027-06-11',
    venue: '', city: 'Lyon', createdAt: '2026-04-02T08:00:00Z' },
  { id: 'demo', title: 'Séminaire Cluster Tourisme en Ville', status: 'Published', startDate: '2026-06-10', endDate: '2026-06-12',
    venue: 'Cité du design', city: 'Saint-Étienne', createdAt: '2026-01-15T10:00:00Z' },
  { id: 'brouillon', title: 'Nouvel événement', status: 'Draft', startDate: '', endDate: '',
    venue: '', city: '', createdAt: '2026-04-03T08:00:00Z' },
];

/** GET /api/admin/providers, by name (hotels and the others alike). */
export const providersAnswer = (): Schemas['ProviderAdminView'][] => [
  { id: 'hotel-x', name: 'Hôtel X', kind: 'hotel', stars: 3, amenities: [], address: '', postalCode: '', city: 'Saint-Étienne',
    latitude: null, longitude: null, description: { fr: '', en: '' }, checkIn: '', checkOut: '', email: '', commissionPercent: 0, photos: [] },
  { id: 'platine', name: 'La Platine', kind: 'restaurant', stars: 0, amenities: [], address: '', postalCode: '', city: 'Saint-Étienne',
    latitude: null, longitude: null, description: { fr: '', en: '' }, checkIn: '', checkOut: '', email: '', commissionPercent: 0, photos: [] },
];

/** A file with two participants (the second with a companion), a fee, a room and a lunch. */
export const fileAnswer = (): Schemas['RegistrationFile'] => ({
  id: 'r-42', eventId: 'demo', eventTitle: 'Séminaire Cluster Tourisme en Ville', number: '00000042', status: 'Confirmed',
  revision: 7, createdAt: '2026-03-01T09:15:00Z', confirmedAt: '2026-03-01T09:20:00Z', holdExpiresAt: null, closedAt: null,
  paymentMethod: 'card', accessCode: null,
  contact: { email: 'anne@example.org', civility: 'Mme', lastName: 'Martin', firstName: 'Anne', address: '1 rue de la Paix',
             postalCode: '44000', city: 'Nantes', country: 'FR', phone: '0240000000', mobile: null,
             professional: false, comment: null, createAccount: false },
  participants: [
    { lastName: 'Martin', firstName: 'Anne', organisation: 'CHU de Nantes', companion: null },
    { lastName: 'Durand', firstName: 'Luc', organisation: '', companion: { lastName: 'Durand', firstName: 'Léa' } },
  ],
  lines: [
    { productId: 'fee', persons: ['p0', 'p1'], arrival: null, nights: null, quantity: null },
    { productId: 'hx-double', persons: ['p1', 'p1c'], arrival: '2026-06-10', nights: 2, quantity: null },
    { productId: 'lunch-d1', persons: ['p0', 'p1c'], arrival: null, nights: null, quantity: null },
    { productId: 'parking', persons: null, arrival: null, nights: null, quantity: 2 },
  ],
  providers: [
    { providerId: '', providerName: '', subtotal: 130, lines: [
      { index: 0, type: 'Droits d\'inscription', reference: 'fee', label: { fr: 'Droits d\'inscription', en: 'Registration fee' },
        start: '2026-06-10', end: '2026-06-12', quantity: 2, nights: null, persons: ['Anne Martin', 'Luc Durand'], unitPrice: 60, total: 120 },
      { index: 3, type: 'Divers', reference: 'parking', label: { fr: 'Parking', en: 'Parking' },
        start: '2026-06-10', end: '2026-06-12', quantity: 2, nights: null, persons: [], unitPrice: 5, total: 10 } ] },
    { providerId: 'hotel-x', providerName: 'Hôtel X', subtotal: 211.5, lines: [
      { index: 1, type: 'Hébergement', reference: 'hx-double', label: { fr: 'Chambre double', en: 'Double room' },
        start: '2026-06-10', end: '2026-06-12', quantity: 1, nights: 2, persons: ['Luc Durand', 'Léa Durand'], unitPrice: 105.75, total: 211.5 } ] },
    { providerId: 'platine', providerName: 'La Platine', subtotal: 50, lines: [
      { index: 2, type: 'Restauration', reference: 'lunch-d1', label: { fr: 'Déjeuner 11/06', en: 'Lunch 11 June' },
        start: '2026-06-11', end: '2026-06-11', quantity: 2, nights: null, persons: ['Anne Martin', 'Léa Durand'], unitPrice: 25, total: 50 } ] },
  ],
  total: 391.5, deposit: 123.75, paid: 412.5, balanceDue: 0, refundDue: 21,
  payments: [
    { id: 'pay|cs_1', amount: 412.5, method: 'card', reference: 'pi_123', receivedAt: '2026-03-01T09:19:00Z', recordedBy: 'stripe', refundable: 412.5 },
    { id: 'pay|chq', amount: 30, method: 'cheque', reference: 'CHQ 123', receivedAt: '2026-03-05T00:00:00Z', recordedBy: 'compta@office.fr', refundable: 0 },
    { id: 'ref|1', amount: -30, method: 'cheque', reference: 'CHQ 900', receivedAt: '2026-03-06T00:00:00Z', recordedBy: 'compta@office.fr', refundable: 0 },
  ],
  editable: true,
});

export const historyAnswer = (): Schemas['HistoryEntry'][] => [
  { at: '2026-03-01T09:15:00Z', by: 'attendee', action: 'submitted', changes: [] },
  { at: '2026-03-04T08:00:00Z', by: 'anne@office.fr', action: 'lines-changed',
    changes: [{ field: 'total', before: '400.00', after: '412.50' },
              { field: 'lines', before: null, after: '+ Déjeuner 11/06 (Anne Martin)' }] },
  { at: '2026-03-01T09:20:00Z', by: 'stripe', action: 'confirmed', changes: [{ field: 'status', before: 'AwaitingPayment', after: 'Confirmed' }] },
];

export const emailsAnswer = (): Schemas['EmailSummary'][] => [
  { id: 'e1', purpose: 'confirmation', to: 'anne@example.org', subject: 'Confirmation', at: '2026-03-01T09:21:00Z', status: 'Sent', error: null },
  { id: 'e2', purpose: 'confirmation', to: 'anne@example.org', subject: 'Confirmation', at: '2026-03-07T10:00:00Z', status: 'Failed', error: 'SMTP 550' },
];

export const emailAnswer = (): Schemas['EmailContent'] => ({
  subject: 'Confirmation', to: 'anne@example.org', text: 'Bonjour Anne,', html: '<p>Bonjour <b>Anne</b></p>',
  attachments: ['inscription-00000042.pdf'], copy: 'rebuilt',
});

/**
 * GET /api/admin/events/{id}/catalog (CatalogAdminView): every product in the shape of its PUT, the
 * board's visit (restricted to an access group, absent from the form read without a code) included.
 */
export const catalogAnswer = (): Schemas['CatalogAdminView'] => ({
  steps: [
    { id: 'fee', kind: 'fee', title: { fr: 'Inscription', en: 'Registration' }, intro: { fr: '', en: '' }, choice: 'none' },
    { id: 'hotels', kind: 'accommodation', title: { fr: 'Hébergement', en: 'Accommodation' }, intro: { fr: '', en: '' }, choice: 'none' },
    { id: 'meals', kind: 'meals', title: { fr: 'Repas', en: 'Meals' }, intro: { fr: '', en: '' }, choice: 'none' },
    { id: 'visits', kind: 'visits', title: { fr: 'Visites', en: 'Visits' }, intro: { fr: '', en: '' }, choice: 'none' },
  ],
  products: [
    catalogProduct({ id: 'fee', stepId: 'fee', sortOrder: 0 }),
    catalogProduct({ id: 'hx-double', stepId: 'hotels', providerId: 'hotel-x', unit: 'perRoomPerNight', capacity: 'perNight', sortOrder: 0 }),
    catalogProduct({ id: 'parking', stepId: 'meals', sortOrder: 3 }),
    catalogProduct({ id: 'lunch-d1', stepId: 'meals', providerId: 'platine', sortOrder: 1, label: { fr: 'Déjeuner 11/06', en: 'Lunch 11/06' } }),
    catalogProduct({ id: 'board-visit', stepId: 'visits', providerId: 'autocars', accessGroup: 'board', sortOrder: 0,
      label: { fr: 'Visite du bureau', en: 'Board visit' } }),
  ],
  accessGroups: [{ code: 'CA2026', group: 'board', label: { fr: 'Bureau', en: 'Board' } }],
});

function catalogProduct(values: Partial<Schemas['ProductAdminView']> & { id: string }): Schemas['ProductAdminView'] {
  return {
    label: { fr: String(values.id), en: String(values.id) }, description: { fr: '', en: '' }, providerId: '', priceIncl: 10, vatRate: 10,
    unit: 'perPerson', startDate: '2026-06-10', endDate: '2026-06-12', audience: 'attendees', accessGroup: '', mandatory: false,
    capacity: 'none', roomType: null, formula: null, maxOccupancy: null, photos: [], stepId: '', sortOrder: 0, commissionPercent: null, nightPrices: null,
    ...values,
  };
}

/** The form's products used by the filter and the editors (shape of GET /api/admin/events/{id}/form). */
export const formAnswer = (): Schemas['FormView'] => ({
  event: { id: 'demo', title: 'Séminaire', venue: '', city: 'Saint-Étienne', startDate: '2026-06-10', endDate: '2026-06-12',
           timeZone: 'Europe/Paris', presentationHtml: '', termsHtml: '', maxParticipants: 5, depositPercent: 30,
           paymentMethods: ['card'], holdMinutes: 30, registrationOpen: true, photos: [], latitude: null, longitude: null },
  steps: [
    { id: 'fee', kind: 'fee', title: { fr: 'Inscription', en: 'Registration' }, intro: { fr: '', en: '' }, choice: 'none' },
    { id: 'hotels', kind: 'accommodation', title: { fr: 'Hébergement', en: 'Accommodation' }, intro: { fr: '', en: '' }, choice: 'none' },
    { id: 'meals', kind: 'meals', title: { fr: 'Repas', en: 'Meals' }, intro: { fr: '', en: '' }, choice: 'none' },
  ],
  products: [
    product({ id: 'fee', stepId: 'fee', unit: 'perPerson', mandatory: true, audience: 'attendees', priceIncl: 60 }),
    product({ id: 'hx-double', stepId: 'hotels', unit: 'perRoomPerNight', audience: 'both', providerId: 'hotel-x', maxOccupancy: 2, priceIncl: 105.75, dates: ['2026-06-10', '2026-06-11'] }),
    product({ id: 'lunch-d1', stepId: 'meals', unit: 'perPerson', providerId: 'platine', audience: 'both', priceIncl: 25 }),
    product({ id: 'companion-visit', stepId: 'meals', unit: 'perPerson', audience: 'companions', priceIncl: 0 }),
    product({ id: 'parking', stepId: 'meals', unit: 'perUnit', priceIncl: 5 }),
  ],
  hotels: [{ id: 'hotel-x', name: 'Hôtel X', stars: 3, amenities: [], address: '', postalCode: '', city: '', description: { fr: '', en: '' }, checkIn: '', checkOut: '', photos: [],
    latitude: null, longitude: null }],
});

function product(values: Partial<Schemas['ProductView']> & { id: string }): Schemas['ProductView'] {
  return {
    kind: 'free', label: { fr: String(values.id), en: String(values.id) }, description: { fr: '', en: '' }, providerId: '',
    priceExcl: 0, vatRate: 0, dates: ['2026-06-10', '2026-06-12'], audience: 'attendees', mandatory: false, restricted: false,
    capacity: 'total', roomType: null, formula: null, maxOccupancy: null, photos: [], stepId: '', unit: 'perPerson', priceIncl: 0, nightPrices: null,
    ...values,
  };
}
