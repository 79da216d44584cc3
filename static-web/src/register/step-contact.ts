import { h, ht } from '../shared/dom';
import { i18n, type MessageKey } from '../shared/i18n';
import type { FlowStep, RegisterApp, StepView } from './app';
import type { ContactDraft } from './basket';
import { validateContact, type ContactField } from './contact';
import { countryChoices } from './countries';
import { richText } from './rich-text';
import { checkboxField, inputField, selectField, textareaField, type Field } from '../shared/form';
import { requiredNote, t } from './ui';

type TextField = Exclude<keyof ContactDraft, 'professional' | 'civility' | 'country' | 'comment' | 'createAccount'>;

// Lengths are the server's limits (contact.lastName ≤ 80…); the first name is optional there too.
const TEXT_FIELDS: readonly { name: TextField; label: MessageKey; autocomplete: string; max: number; required: boolean }[] = [
  { name: 'lastName', label: 'reg.field.lastName', autocomplete: 'family-name', max: 80, required: true },
  { name: 'firstName', label: 'reg.field.firstName', autocomplete: 'given-name', max: 80, required: false },
  { name: 'address', label: 'reg.contact.address', autocomplete: 'street-address', max: 200, required: true },
  { name: 'postalCode', label: 'reg.contact.postalCode', autocomplete: 'postal-code', max: 20, required: true },
  { name: 'city', label: 'reg.contact.city', autocomplete: 'address-level2', max: 80, required: true },
];

/** Contact details: email first, then identity, address, phones, the attendee space, terms. */
export function renderContact(app: RegisterApp, step: FlowStep): StepView {
  const contact = app.state.contact;
  const first = app.state.participants[0];
  // The first participant is usually the one registering: start from their name.
  if (first && !contact.lastName && !contact.firstName) {
    contact.lastName = first.lastName;
    contact.firstName = first.firstName;
  }
  const fields = new Map<ContactField, Field>();
  const bindText = <F extends Field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>>(name: keyof ContactDraft, field: F): F => {
    field.control.addEventListener(field.control instanceof HTMLSelectElement ? 'change' : 'input', () => {
      (contact as unknown as Record<string, string>)[name] = field.control.value;
      app.save();
    });
    fields.set(name, field);
    return field;
  };

  const email = bindText('email', inputField('email', 'field.email', { required: true, value: contact.email, hint: t('reg.contact.emailHint'), attributes: { type: 'email', autocomplete: 'email', maxlength: '254', spellcheck: 'false' } }));
  const civility = bindText('civility', selectField('civility', t('reg.contact.civility'), [
    { value: '', label: t('reg.contact.civilityNone') },
    { value: 'Mme', label: t('reg.contact.civilityMs') },
    { value: 'M.', label: t('reg.contact.civilityMr') },
  ], { value: contact.civility, className: 'field--short', attributes: { autocomplete: 'honorific-prefix' } }));
  const text = Object.fromEntries(
    TEXT_FIELDS.map((spec) => [
      spec.name,
      bindText(spec.name, inputField(spec.name, spec.label, { required: spec.required, value: contact[spec.name], attributes: { autocomplete: spec.autocomplete ?? 'off', maxlength: String(spec.max) } })),
    ]),
  ) as Record<TextField, Field<HTMLInputElement>>;
  const country = bindText('country', selectField('country', t('reg.contact.country'), countryChoices(i18n.lang).map((entry) => ({ value: entry.code, label: () => entry.name })), {
    required: true, value: contact.country, attributes: { autocomplete: 'country' },
  }));
  const phone = bindText('phone', inputField('phone', t('reg.contact.phone'), { value: contact.phone, attributes: { type: 'tel', autocomplete: 'tel', maxlength: '30' } }));
  const mobile = bindText('mobile', inputField('mobile', t('reg.contact.mobile'), { value: contact.mobile, attributes: { type: 'tel', autocomplete: 'tel', maxlength: '30' } }));
  const professional = checkboxField('professional', t('reg.contact.professional'), { checked: contact.professional });
  professional.control.addEventListener('change', () => {
    contact.professional = professional.control.checked;
    app.save();
  });
  // No password here: whoever types an address may not own it. The server emails the address a
  // link to choose the password (the forgotten-password flow).
  const createAccount = checkboxField('createAccount', t('reg.contact.createAccount'), { checked: contact.createAccount, hint: t('reg.contact.createAccountHint') });
  createAccount.control.addEventListener('change', () => {
    contact.createAccount = createAccount.control.checked;
    app.save();
  });
  fields.set('createAccount', createAccount);
  const comment = bindText('comment', textareaField('comment', t('reg.contact.comment'), { value: contact.comment, hint: t('reg.contact.commentHint') }));
  const terms = checkboxField('acceptTerms', t('reg.contact.acceptTerms'), { checked: app.state.acceptTerms });
  terms.control.addEventListener('change', () => {
    app.state.acceptTerms = terms.control.checked;
    app.save();
  });
  fields.set('acceptTerms', terms);

  // Problems the server found on contact fields (contact.email…), under their fields.
  for (const problem of app.problemsFor(step.id)) {
    const field = problem.field ? fields.get(problem.field as ContactField) : undefined;
    field?.setError(problem.message);
  }

  const termsHtml = app.form.event.termsHtml;
  const element = h(
    'form',
    { class: 'contact-form', novalidate: true },
    requiredNote(),
    h('fieldset', {}, ht('legend', 'reg.contact.identity'), email.element, civility.element,
      h('div', { class: 'field-row' }, text.lastName.element, text.firstName.element), professional.element),
    h('fieldset', {}, ht('legend', 'reg.contact.addressLegend'), text.address.element,
      h('div', { class: 'field-row' }, text.postalCode.element, text.city.element), country.element,
      h('div', { class: 'field-row' }, phone.element, mobile.element)),
    h('fieldset', {}, ht('legend', 'reg.contact.account'), createAccount.element),
    comment.element,
    h('fieldset', {}, ht('legend', 'reg.contact.terms'),
      termsHtml ? h('details', { class: 'terms' }, ht('summary', 'reg.contact.readTerms'), h('div', { class: 'rich-text' }, richText(termsHtml))) : null,
      terms.element),
  );
  element.addEventListener('submit', (event) => event.preventDefault());

  return {
    element,
    savedNotice: t('reg.contact.saved'),
    validate: () => {
      const errors = validateContact({ contact, acceptTerms: terms.control.checked });
      let firstInvalid: Field | null = null;
      for (const [name, field] of fields) {
        const error = errors[name] ?? null;
        field.setError(error);
        if (error) firstInvalid ??= field;
      }
      if (firstInvalid) {
        firstInvalid.control.focus();
        return false;
      }
      app.problems = app.problems.filter((problem) => problem.step !== step.id);
      return true;
    },
  };
}
