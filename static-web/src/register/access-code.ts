import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { translate } from '../shared/i18n';
import { fetchForm, unlockAccess } from './api';
import type { RegisterApp } from './app';
import { localText } from './model';
import { inputField } from '../shared/form';
import { button, t } from './ui';

// Some products are for a group only (board members…): a code unlocks them. The code is checked
// (POST /access), then the form is read again with ?access=CODE so that they appear.

export function accessCodeBox(app: RegisterApp): HTMLElement {
  const label = app.state.accessLabel;
  if (app.state.accessCode) {
    return setText(h('p', { class: 'notice notice--success access-granted' }), (lang) =>
      translate(lang, 'reg.access.granted', { group: label ? localText(label)(lang) : app.state.accessCode ?? '' }),
    );
  }
  const code = inputField('accessCode', t('reg.access.label'), { attributes: { autocomplete: 'off', maxlength: '64' } });
  code.control.setAttribute('autocapitalize', 'characters');
  const submit = button(t('reg.access.submit'), 'secondary');
  const form = h('form', { class: 'access-form', novalidate: true }, code.element, submit);
  submit.type = 'submit';

  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const value = code.control.value.trim();
    if (!value) {
      code.setError(t('reg.access.required'));
      code.control.focus();
      return;
    }
    busy = true;
    submit.disabled = true;
    try {
      const answer = await unlockAccess(app.state.eventId, value);
      if (answer.kind !== 'ok') {
        const messages = answer.kind === 'problem' ? answer.problems.map((problem) => problem.message) : [];
        code.setError(messages[0] ?? t('reg.access.invalid'));
        code.control.focus();
        return;
      }
      const form = await fetchForm(app.state.eventId, value);
      if (form.kind !== 'ok') {
        code.setError(t('reg.access.invalid'));
        return;
      }
      app.setForm(form.value);
      app.state.accessCode = value;
      app.state.accessLabel = answer.value.label;
      const group = answer.value.label;
      app.go(app.state.current, {
        tone: 'success',
        text: (lang) =>
          translate(lang, 'reg.access.unlocked', { group: group.fr || group.en ? localText(group)(lang) : value }),
      });
    } catch (error) {
      code.setError(failureMessage(error));
    } finally {
      busy = false;
      submit.disabled = false;
    }
  });

  return h(
    'details',
    { class: 'access' },
    ht('summary', 'reg.access.summary'),
    ht('p', 'reg.access.intro', { class: 'muted small' }),
    form,
  );
}
