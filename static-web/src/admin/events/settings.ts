import { h, ht } from '../../shared/dom';
import type { SectionContext } from '../section';
import { eventExists, getSettings, putSettings } from './api';
import type { EventFrame } from './event-page';
import { Form } from '../../shared/form';
import { PAYMENT_METHODS } from './model';
import { photoManager } from './photos';
import { newSettingsValues, settingsInput, settingsValues, type Values } from './values';

/** The fields of EventSettingsInput, grouped as staff think of them. */
export function settingsForm(initial: Values, save: (values: Values) => ReturnType<typeof putSettings>, done: () => void, withId: boolean,
  methods: readonly string[] = PAYMENT_METHODS): Form {
  // Card is not offered where Stripe is not set up: the server would refuse it.
  const offered = PAYMENT_METHODS.filter((method) => methods.includes(method));
  const chosen = initial.paymentMethods;
  const form = new Form({ ...initial, paymentMethods: Array.isArray(chosen) ? chosen.filter((method) => methods.includes(method)) : [] });
  form.element.append(
    ...(withId ? [form.group('admin.events.group.identity',
      form.field({ path: 'eventId', label: 'admin.events.field.id', hint: 'admin.events.field.idHint', required: true }))] : []),
    form.group('admin.events.group.event',
      form.field({ path: 'title', label: 'admin.events.field.title', required: true, wide: true }),
      form.field({ path: 'startDate', label: 'admin.events.field.startDate', kind: 'date', required: true }),
      form.field({ path: 'endDate', label: 'admin.events.field.endDate', kind: 'date', required: true }),
      form.field({ path: 'timeZone', label: 'admin.events.field.timeZone', hint: 'admin.events.field.timeZoneHint', required: true }),
      form.field({ path: 'status', label: 'admin.events.list.status', kind: 'select', options: ['Draft', 'Published'], labels: 'admin.events.status.' })),
    form.group('admin.events.group.place',
      form.field({ path: 'venue', label: 'admin.events.field.venue', required: true }),
      form.field({ path: 'city', label: 'admin.events.field.city', required: true }),
      form.field({ path: 'venueLatitude', label: 'admin.events.field.latitude', kind: 'number', decimal: true, hint: 'admin.events.field.positionHint' }),
      form.field({ path: 'venueLongitude', label: 'admin.events.field.longitude', kind: 'number', decimal: true })),
    form.group('admin.events.group.texts',
      form.field({ path: 'summary', label: 'admin.events.field.summary', kind: 'textarea', rows: 3, wide: true }),
      form.field({ path: 'presentationHtml', label: 'admin.events.field.presentationHtml', kind: 'textarea', rows: 6, wide: true, hint: 'admin.events.field.htmlHint' }),
      form.field({ path: 'termsHtml', label: 'admin.events.field.termsHtml', kind: 'textarea', rows: 6, wide: true, hint: 'admin.events.field.htmlHint' })),
    form.group('admin.events.group.registration',
      form.field({ path: 'registrationOpensAt', label: 'admin.events.field.opensAt', kind: 'datetime', hint: 'admin.events.field.zoneHint' }),
      form.field({ path: 'registrationClosesAt', label: 'admin.events.field.closesAt', kind: 'datetime' }),
      form.field({ path: 'maxParticipants', label: 'admin.events.field.maxParticipants', kind: 'number', hint: 'admin.events.field.maxParticipantsHint' }),
      form.field({ path: 'depositPercent', label: 'admin.events.field.depositPercent', kind: 'number', hint: 'admin.events.field.depositHint' })),
    form.group('admin.events.group.payment',
      form.field({ path: 'paymentMethods', label: 'admin.events.field.paymentMethods', kind: 'multi', options: offered, labels: 'admin.events.method.' }),
      form.field({ path: 'holdMinutes', label: 'admin.events.field.holdMinutes', kind: 'number', hint: 'admin.events.field.holdHint' }),
      form.field({ path: 'manualPaymentDays', label: 'admin.events.field.manualPaymentDays', kind: 'number', hint: 'admin.events.field.manualHint' }),
      form.field({ path: 'reminderDays', label: 'admin.events.field.reminderDays', kind: 'number', hint: 'admin.events.field.reminderHint' }),
      form.field({ path: 'payee', label: 'admin.events.field.payee', hint: 'admin.events.field.payeeHint' }),
      form.field({ path: 'payeeAddress', label: 'admin.events.field.payeeAddress', kind: 'textarea', rows: 2 }),
      form.field({ path: 'iban', label: 'admin.events.field.iban', hint: 'admin.events.field.ibanHint' }),
      form.field({ path: 'bic', label: 'admin.events.field.bic' })),
  );
  form.onSubmit('admin.events.save', save, done);
  return form;
}

/**
 * #/events/{id}/settings. After a save the header shows the settings read again (title, status):
 * the route stays the same, so nothing else would redraw it. Returns the form, so that a status
 * changed from the header shows in it too (a later save would otherwise put the old one back).
 */
export function renderSettings(frame: Pick<EventFrame, 'body' | 'settings' | 'refresh'>): Form {
  const { body, settings } = frame;
  const form = settingsForm(settingsValues(settings), (values) => putSettings(settings.id, settingsInput(values)),
    () => {
      getSettings(settings.id).then(frame.refresh).catch(() => undefined);
    }, false, settings.availablePaymentMethods ?? undefined);
  body.replaceChildren(ht('h2', 'admin.events.tab.settings'), form.element,
    photoManager({ kind: 'event', eventId: settings.id }, settings.photos, settings.title));
  return form;
}

/** #/events/new: the same form with the event's id; PUT creates it. */
export function renderNewEvent(context: SectionContext): void {
  const heading = ht('h1', 'admin.events.list.new', { tabindex: '-1' });
  let createdId = '';
  const form = settingsForm({ ...newSettingsValues(), eventId: '' }, (values) => {
    createdId = String(values.eventId ?? '').trim();
    // An empty id would put to the list's own address: say so on the field instead.
    if (!createdId) return Promise.resolve({ status: 400, body: { errors: { eventId: [{ code: 'required', fr: 'Ce champ est obligatoire.', en: 'This field is required.' }] } } });
    // PUT creates or changes: make sure "new" never overwrites an event that already has this id.
    return eventExists(createdId).then((taken) => taken
      ? { status: 409, body: { errors: { eventId: [{ code: 'taken', fr: 'Identifiant déjà utilisé par un autre événement.', en: 'Id already used by another event.' }] } } }
      : putSettings(createdId, settingsInput(values)));
  }, () => context.navigate(`events/${encodeURIComponent(createdId)}/steps`), true);
  context.container.replaceChildren(ht('a', 'admin.events.back', { href: '#/events', class: 'ev-back' }), heading, h('div', {}, form.element));
  heading.focus();
}
