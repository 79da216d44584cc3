import { h, ht, setAttr, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { translate, type Localized } from '../shared/i18n';
import { quote } from './api';
import type { FlowStep, RegisterApp, StepView } from './app';
import { isRoomLine, removeLine, toApiBasket, type BasketLine } from './basket';
import { quoteTable } from './basket-table';
import { formatMoney, stayText } from './format';
import { localText } from './model';
import { listPersons, personLabel } from './persons';
import { BASKET_STEP, CONTACT_STEP, locateProblems, PAYMENT_STEP, type PlacedProblem } from './problems';
import { button, showMessages, t } from './ui';

/** The basket priced by the server (POST /quote), grouped per step; lines can be removed. */
export function renderBasket(app: RegisterApp, _step: FlowStep): StepView {
  const body = h('div', { class: 'basket', 'aria-live': 'polite' });
  const status = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });

  const editButton = (stepId: string): HTMLElement | null => {
    const target = app.stepById(stepId);
    if (!target || !app.canVisit(stepId)) return null;
    const edit = setAttr(button(t('reg.basket.edit'), 'link'), 'aria-label', (lang) =>
      translate(lang, 'reg.basket.editStep', { title: target.title(lang) }),
    );
    edit.addEventListener('click', () => app.go(stepId));
    return edit;
  };
  const removeButton = (index: number): HTMLElement | null => {
    const line = app.state.lines[index];
    if (!line || app.product(line.productId)?.mandatory) return null;
    const remove = button(t('reg.action.remove'), 'link');
    remove.addEventListener('click', () => {
      app.setLines(removeLine(app.state.lines, index));
      void load();
    });
    return remove;
  };
  const lineProblems = (index: number) => app.problems.filter((p) => p.line === index).map((p) => p.message);

  const load = async () => {
    status.hidden = true;
    if (app.state.lines.length === 0) {
      body.replaceChildren(ht('p', 'reg.basket.empty', { class: 'state' }));
      return;
    }
    body.setAttribute('aria-busy', 'true');
    body.replaceChildren(ht('p', 'reg.basket.pricing', { class: 'state state--loading', role: 'status' }));
    try {
      const answer = await quote(app.form.event.id, toApiBasket(app.state));
      if (answer.kind === 'ok') {
        app.quote = answer.value;
        // The basket is accepted: only problems about contact details or payment may still hold.
        app.problems = app.problems.filter((problem) => problem.step === CONTACT_STEP || problem.step === PAYMENT_STEP);
        body.replaceChildren(
          quoteTable(answer.value, {
            stepTitle: (stepId) => app.stepById(stepId)?.title ?? null,
            remove: (line) => removeButton(line.index),
            edit: editButton,
            lineProblems,
            depositPercent: app.form.event.depositPercent,
          }),
        );
        return;
      }
      app.quote = null;
      const problems = answer.kind === 'problem' ? answer.problems : [];
      app.problems = locateProblems(problems, app.state.lines, app.form.products, app.firstStep.id);
      // Problems about the basket as a whole (a rule, a missing fee) are listed with the alert.
      showMessages(status, [
        t('reg.basket.fix'),
        ...app.problems.filter((problem) => problem.step === BASKET_STEP).map((problem) => problem.message),
      ]);
      body.replaceChildren(localBasket(app, app.problems, editButton, removeButton));
      status.focus();
    } catch (error) {
      app.quote = null;
      showMessages(status, [failureMessage(error)]);
      const retry = button(t('home.retry'));
      retry.addEventListener('click', () => void load());
      body.replaceChildren(retry);
    } finally {
      body.removeAttribute('aria-busy');
    }
  };

  const empty = emptyBasketControl(app);
  void load();
  return {
    element: h('div', { class: 'step-basket' }, status, body, empty),
    nextLabel: t('reg.basket.checkout'),
    savedNotice: t('reg.basket.saved'),
    validate: () => {
      if (app.quote && app.state.lines.length > 0) return true;
      showMessages(status, [app.state.lines.length === 0 ? t('reg.basket.empty') : t('reg.basket.fix')]);
      status.focus();
      return false;
    },
  };
}

/** "Vider le panier", confirmed inline (no browser dialog, so the question speaks the page's language). */
function emptyBasketControl(app: RegisterApp): HTMLElement {
  const start = button(t('reg.basket.clear'), 'secondary');
  const confirm = button(t('reg.basket.clearConfirm'), 'danger');
  const cancel = button(t('reg.basket.clearCancel'), 'link');
  const question = h('div', { class: 'confirm-box', role: 'group', hidden: true }, ht('p', 'reg.basket.clearQuestion'), confirm, cancel);
  start.addEventListener('click', () => {
    question.hidden = false;
    start.hidden = true;
    confirm.focus();
  });
  cancel.addEventListener('click', () => {
    question.hidden = true;
    start.hidden = false;
    start.focus();
  });
  confirm.addEventListener('click', () => app.reset({ tone: 'info', text: t('reg.basket.cleared') }));
  return h('div', { class: 'basket-clear' }, start, question);
}

/** When the server refuses the basket there are no prices: the lines as chosen, with the problems. */
function localBasket(
  app: RegisterApp,
  problems: readonly PlacedProblem[],
  edit: (stepId: string) => HTMLElement | null,
  remove: (index: number) => HTMLElement | null,
): HTMLElement {
  // Every step the person can go back to, so that each problem comes with its "Modifier".
  const groups = app.flow.filter((flowStep) => ['participants', 'products', 'accommodation'].includes(flowStep.kind));
  return h(
    'div',
    { class: 'basket-view' },
    ...groups.map((flowStep) => {
      const stepProblems = h('div', { class: 'notice notice--error' });
      showMessages(stepProblems, problems.filter((p) => p.step === flowStep.id && p.line === null).map((p) => p.message));
      const lines = app.state.lines
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => app.product(line.productId)?.stepId === flowStep.id);
      return h(
        'section',
        { class: 'basket-group' },
        h('div', { class: 'basket-group__head' }, setText(h('h3', {}), flowStep.title), edit(flowStep.id)),
        stepProblems,
        flowStep.kind === 'participants'
          ? setText(h('p', { class: 'small' }), (lang) =>
              listPersons(app.state.participants).map((person) => personLabel(app.state.participants, person.id, lang)).join(', '),
            )
          : lines.length > 0
            ? h('ul', { class: 'local-lines' }, ...lines.map(({ line, index }) => localLine(app, line, index, problems, remove)))
            : ht('p', 'reg.basket.nothingChosen', { class: 'muted small' }),
      );
    }),
  );
}

function localLine(
  app: RegisterApp,
  line: BasketLine,
  index: number,
  problems: readonly PlacedProblem[],
  remove: (index: number) => HTMLElement | null,
): HTMLElement {
  const product = app.product(line.productId);
  const errors = h('div', { class: 'field-error', role: 'alert' });
  showMessages(errors, problems.filter((p) => p.line === index).map((p) => p.message));
  const who: Localized = (lang) =>
    line.persons
      ? line.persons.map((id) => personLabel(app.state.participants, id, lang)).join(', ')
      : translate(lang, 'reg.basket.units', { n: line.quantity ?? 0 });
  return h(
    'li',
    { class: errors.hidden ? 'local-line' : 'local-line local-line--problem' },
    product ? setText(h('strong', {}), localText(product.label)) : h('strong', {}, line.productId),
    isRoomLine(line) && setText(h('span', { class: 'muted small' }), stayText(line.arrival ?? '', line.nights ?? 0)),
    setText(h('span', { class: 'small' }), who),
    product && setText(h('span', { class: 'muted small' }), (lang) => translate(lang, 'reg.basket.unitPriceIs', { price: formatMoney(product.priceIncl, lang) })),
    errors,
    remove(index),
  );
}
