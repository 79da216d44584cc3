import { h, ht, setText } from '../shared/dom';
import { translate } from '../shared/i18n';
import { accessCodeBox } from './access-code';
import { fetchAvailability } from './api';
import type { FlowStep, RegisterApp, StepView } from './app';
import { applyMandatory, isRoomProduct } from './basket';
import { daysBetween } from './format';
import type { Product } from './model';
import { choiceMessage, productCard, ruleHint, type ProductCard } from './product-card';
import { checkChoice } from './rules';
import { showMessages } from './ui';

/** A step of products (fee, meals, evenings, visits, free steps): a per-person choice for each. */
export function renderProducts(app: RegisterApp, step: FlowStep): StepView {
  const products = app.productsOf(step.id);
  const list = productListSection(app, products, step.id, true);
  return {
    element: h('div', { class: 'step-products' }, list.element, accessCodeBox(app)),
    savedNotice: (lang) => translate(lang, 'reg.products.saved', { title: step.title(lang) }),
    validate: list.validate,
  };
}

export interface ProductListSection {
  element: HTMLElement;
  /** The step's choice rule, per person; shows the reasons next to the list. */
  validate(): boolean;
}

/**
 * The products of a step (without rooms, which the hotel search handles), the rule hint and the
 * place where a broken rule is explained.
 */
export function productListSection(
  app: RegisterApp,
  allStepProducts: readonly Product[],
  stepId: string,
  showEmpty: boolean,
): ProductListSection {
  const choice = app.stepById(stepId)?.step?.choice ?? 'none';
  const products = allStepProducts.filter((product) => !isRoomProduct(product));
  // Mandatory products are booked as soon as the step is shown.
  const withMandatory = applyMandatory(app.state.lines, products, app.state.participants);
  if (withMandatory.length !== app.state.lines.length || JSON.stringify(withMandatory) !== JSON.stringify(app.state.lines)) {
    app.setLines(withMandatory);
  }

  const ruleErrors = h('div', { class: 'notice notice--error rule-errors', role: 'alert', tabindex: '-1', hidden: true });
  const check = (): boolean => {
    const problems = checkChoice(choice, allStepProducts, app.state.lines, app.state.participants);
    showMessages(ruleErrors, problems.map((problem) => choiceMessage(app, problem.personId, problem.rule, problem.count)));
    return problems.length === 0;
  };
  let checked = false;
  const onChange = () => {
    if (checked) check();
  };
  const cards: { product: Product; card: ProductCard }[] = products.map((product) => ({
    product,
    card: productCard(app, product, onChange),
  }));
  const hint = ruleHint(choice);

  if (cards.some(({ product }) => product.capacity !== 'none')) {
    const event = app.form.event;
    fetchAvailability(event.id, event.startDate, Math.max(1, daysBetween(event.startDate, event.endDate)))
      .then((availability) => {
        for (const { product, card } of cards) card.setAvailability(availability.get(product.id) ?? null);
      })
      .catch(() => undefined); // Availability is a courtesy here: the server checks stock anyway.
  }

  const element = h(
    'div',
    { class: 'product-section' },
    hint && setText(h('p', { class: 'rule-hint' }), hint),
    ruleErrors,
    cards.length > 0
      ? h('ul', { class: 'product-list' }, ...cards.map(({ card }) => h('li', {}, card.element)))
      : showEmpty
        ? ht('p', 'reg.products.none', { class: 'state' })
        : null,
  );
  return {
    element,
    validate() {
      checked = true;
      const ok = check();
      if (!ok) ruleErrors.focus();
      return ok;
    },
  };
}
