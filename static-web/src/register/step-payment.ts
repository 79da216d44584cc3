import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { translate, type MessageKey } from '../shared/i18n';
import { quote, submitRegistration, type RegistrationBody } from './api';
import type { FlowStep, RegisterApp, StepView } from './app';
import { toApiBasket } from './basket';
import { totalsList } from './basket-table';
import { clientKeyFor } from './client-key';
import { toContactBody, validateContact } from './contact';
import { formatMoney } from './format';
import type { PaymentMethod } from './model';
import { CONFIRMATION_STEP, CONTACT_STEP, firstStepWithProblem, locateProblems } from './problems';
import { button, showMessages, t } from './ui';

const METHOD_TEXT: Record<PaymentMethod, { label: MessageKey; help: MessageKey }> = {
  card: { label: 'reg.pay.card', help: 'reg.pay.cardHelp' },
  cheque: { label: 'reg.pay.cheque', help: 'reg.pay.chequeHelp' },
  transfer: { label: 'reg.pay.transfer', help: 'reg.pay.transferHelp' },
};

/** Payment method, then POST /registrations with a clientKey that retries reuse. */
export function renderPayment(app: RegisterApp, step: FlowStep): StepView {
  const event = app.form.event;
  const methods = event.paymentMethods;
  if (app.state.paymentMethod && !methods.includes(app.state.paymentMethod)) app.state.paymentMethod = null;
  if (!app.state.paymentMethod && methods.length === 1) app.state.paymentMethod = methods[0] ?? null;

  const methodError = h('p', { id: 'payment-method-error', class: 'field-error', hidden: true });
  const radios = methods.map((method) => {
    const input = h('input', { type: 'radio', name: 'paymentMethod', value: method, 'aria-describedby': `pay-${method}-help` });
    input.checked = app.state.paymentMethod === method;
    input.addEventListener('change', () => {
      app.state.paymentMethod = method;
      app.save();
      methodError.hidden = true;
      updateButton();
    });
    return h(
      'label',
      { class: 'pay-option' },
      input,
      h('span', {}, ht('strong', METHOD_TEXT[method].label), ht('span', METHOD_TEXT[method].help, { id: `pay-${method}-help`, class: 'muted small' })),
    );
  });
  const group = h('fieldset', { class: 'pay-methods', role: 'radiogroup' }, ht('legend', 'reg.pay.legend'), ...radios, methodError);

  const summary = h('div', { class: 'pay-summary' });
  const drawSummary = () => {
    summary.replaceChildren(app.quote ? totalsList(app.quote, event.depositPercent) : ht('p', 'reg.basket.pricing', { class: 'muted' }));
  };
  drawSummary();
  if (!app.quote) {
    quote(event.id, toApiBasket(app.state))
      .then((answer) => {
        if (answer.kind === 'ok') app.quote = answer.value;
        drawSummary();
        updateButton();
      })
      .catch(() => undefined);
  }

  const errors = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });
  showMessages(errors, app.problemsFor(step.id).map((problem) => problem.message));
  const submit = button(t('reg.pay.submit'), 'primary');
  const updateButton = () => {
    const deposit = app.quote?.deposit;
    setText(submit, (lang) =>
      app.state.paymentMethod === 'card' && deposit !== undefined
        ? translate(lang, 'reg.pay.submitCard', { price: formatMoney(deposit, lang) })
        : translate(lang, 'reg.pay.submit'),
    );
  };
  updateButton();

  let busy = false;
  submit.addEventListener('click', async () => {
    if (busy) return;
    if (!app.state.paymentMethod) {
      methodError.hidden = false;
      setText(methodError, t('reg.pay.required'));
      (group.querySelector('input') as HTMLInputElement | null)?.focus();
      return;
    }
    const contactErrors = validateContact({ contact: app.state.contact, acceptTerms: app.state.acceptTerms });
    if (Object.keys(contactErrors).length > 0) {
      app.go(CONTACT_STEP, { tone: 'error', text: t('reg.pay.contactFirst') });
      return;
    }
    const method = app.state.paymentMethod;
    const basket = toApiBasket(app.state);
    const contact = toContactBody(app.state.contact);
    const acceptTerms = app.state.acceptTerms;
    const clientKey = clientKeyFor(app.storage, event.id, { basket, contact, method, acceptTerms });
    const body: RegistrationBody = { ...basket, clientKey, contact, paymentMethod: method, acceptTerms };

    busy = true;
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    setText(submit, 'form.sending');
    errors.hidden = true;
    let leaving = false;
    try {
      const answer = await submitRegistration(event.id, body);
      if (answer.kind === 'ok') {
        app.state.submitted = answer.value;
        app.state.done = app.flow.filter((flowStep) => flowStep.kind !== 'confirmation').map((flowStep) => flowStep.id);
        app.problems = [];
        app.save();
        const checkoutUrl = answer.value.payment.checkoutUrl;
        if (method === 'card' && checkoutUrl) {
          leaving = true;
          setText(submit, 'reg.pay.redirecting');
          location.assign(checkoutUrl);
          return;
        }
        app.go(CONFIRMATION_STEP);
        return;
      }
      if (answer.kind === 'problem') {
        app.problems = locateProblems(answer.problems, app.state.lines, app.form.products, app.firstStep.id);
        const target = firstStepWithProblem(app.problems, app.flow.map((flowStep) => flowStep.id)) ?? step.id;
        const text = answer.status === 409 ? t('reg.pay.short') : t('reg.pay.invalid');
        if (target === step.id) {
          showMessages(errors, [text, ...app.problemsFor(step.id).map((problem) => problem.message)]);
          errors.focus();
        } else {
          app.go(target, { tone: 'error', text });
        }
        return;
      }
      showMessages(errors, [t('error.unexpected')]);
      errors.focus();
    } catch (error) {
      // Nothing is known about the outcome: the same clientKey makes a retry safe.
      showMessages(errors, [failureMessage(error), t('reg.pay.retrySafe')]);
      errors.focus();
    } finally {
      if (!leaving) {
        busy = false;
        submit.disabled = false;
        submit.removeAttribute('aria-busy');
        updateButton();
      }
    }
  });

  const previous = button(t('reg.action.previous'), 'secondary');
  previous.addEventListener('click', () => app.go(CONTACT_STEP));
  return {
    ownActions: true,
    element: h(
      'div',
      { class: 'step-payment' },
      group,
      h('section', { class: 'pay-recap' }, ht('h3', 'reg.pay.recap'), summary,
        event.holdMinutes > 0 ? setText(h('p', { class: 'muted small' }), t('reg.pay.hold', { count: event.holdMinutes })) : null),
      errors,
      h('div', { class: 'step__actions' }, previous, submit),
    ),
  };
}
