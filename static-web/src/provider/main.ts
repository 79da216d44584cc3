import { h, ht } from '../shared/dom';
import { createForm } from '../shared/form';
import { failureMessage } from '../shared/failure';
import { callApi } from '../shared/http';
import { translate, type Lang } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { problemToFormErrors } from '../shared/problem-details';
import { validateEmailOnly } from '../shared/validation';

const main = mountPage({ section: 'provider', title: 'provider.title' });

const sentNotice = (lang: Lang) => `${translate(lang, 'provider.sent')} ${translate(lang, 'provider.sentHint')}`;

const form = createForm<'email'>({
  fields: [{ name: 'email', label: 'field.email', type: 'email', autocomplete: 'email' }],
  submitLabel: 'provider.submit',
  validate: validateEmailOnly,
  async submit(values) {
    let status: number;
    let body: unknown;
    try {
      ({ status, body } = await callApi('/api/provider/links', {
        method: 'POST',
        json: { email: values.email.trim() },
      }));
    } catch (error) {
      return { fields: {}, form: failureMessage(error) };
    }
    // A malformed address is worth correcting; every other answer (202, 404, 429, 5xx…) gets the same
    // neutral message so the page never reveals whether an address is known.
    if (status === 400) {
      const errors = problemToFormErrors(body, ['email'] as const);
      if (errors.fields.email) return { fields: errors.fields, form: null };
    }
    form.reset();
    form.showNotice(sentNotice, 'success');
    return null;
  },
});

main.append(
  h(
    'div',
    { class: 'narrow' },
    h(
      'section',
      { class: 'page-intro' },
      ht('h1', 'provider.heading'),
      ht('p', 'provider.intro', { class: 'lead' }),
      ht('p', 'provider.noPassword'),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'provider-request-heading' },
      ht('h2', 'provider.requestHeading', { id: 'provider-request-heading' }),
      ht('p', 'provider.requestIntro', { class: 'muted' }),
      form.element,
    ),
  ),
);
