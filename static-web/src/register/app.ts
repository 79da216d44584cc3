import { h, setText } from '../shared/dom';
import type { Localized } from '../shared/i18n';
import { emptyState, type BasketLine, type BasketState } from './basket';
import { forgetClientKey } from './client-key';
import { stepIcon, type IconName } from './icons';
import { localText, type Product, type RegistrationForm, type Step } from './model';
import {
  BASKET_STEP,
  CONFIRMATION_STEP,
  CONTACT_STEP,
  PAYMENT_STEP,
  type PlacedProblem,
} from './problems';
import type { Quote } from './quote';
import { clearState, saveState, type SessionStore } from './store';
import { t } from './ui';

export type FlowKind = 'participants' | 'products' | 'accommodation' | 'basket' | 'contact' | 'payment' | 'confirmation';

export interface FlowStep {
  id: string;
  kind: FlowKind;
  icon: IconName;
  title: Localized;
  intro: Localized | null;
  step: Step | null;
}

/** The page's steps: the form's own steps (participants first), then basket, contact, payment, confirmation. */
export function buildFlow(form: RegistrationForm): FlowStep[] {
  const fromApi = (step: Step): FlowStep => ({
    id: step.id,
    kind: step.kind === 'participants' ? 'participants' : step.kind === 'accommodation' ? 'accommodation' : 'products',
    icon: stepIcon(step.kind),
    title: localText(step.title),
    intro: step.intro.fr || step.intro.en ? localText(step.intro) : null,
    step,
  });
  const participants = form.steps.find((step) => step.kind === 'participants');
  const first: FlowStep = participants
    ? fromApi(participants)
    : { id: 'participants', kind: 'participants', icon: 'participants', title: t('reg.step.participants'), intro: null, step: null };
  const own = (id: string, kind: FlowKind, icon: IconName, title: Localized): FlowStep => ({
    id,
    kind,
    icon,
    title,
    intro: null,
    step: null,
  });
  return [
    first,
    ...form.steps.filter((step) => step.kind !== 'participants').map(fromApi),
    own(BASKET_STEP, 'basket', 'basket', t('reg.step.basket')),
    own(CONTACT_STEP, 'contact', 'contact', t('reg.step.contact')),
    own(PAYMENT_STEP, 'payment', 'payment', t('reg.step.payment')),
    own(CONFIRMATION_STEP, 'confirmation', 'confirmation', t('reg.step.confirmation')),
  ];
}

export interface StepView {
  element: HTMLElement;
  /** Checks the step before leaving it forward; shows its own errors. */
  validate?: () => boolean | Promise<boolean>;
  /** Announced on the next step once this one is saved. */
  savedNotice?: Localized;
  nextLabel?: Localized;
  /** The step draws its own buttons (basket, payment, confirmation). */
  ownActions?: boolean;
}

export interface Notice {
  tone: 'success' | 'info' | 'error';
  text: Localized;
}

/** What every step sees: the form, the basket state and navigation. */
export class RegisterApp {
  flow: FlowStep[];
  problems: PlacedProblem[] = [];
  quote: Quote | null = null;
  pendingNotice: Notice | null = null;
  /** Set by main: redraws the page (step bar and current step). */
  onRender: (focus: boolean) => void = () => undefined;

  constructor(
    public form: RegistrationForm,
    public state: BasketState,
    readonly storage: SessionStore | null,
  ) {
    this.flow = buildFlow(form);
    if (!this.flow.some((step) => step.id === state.current)) state.current = this.firstStep.id;
  }

  get firstStep(): FlowStep {
    return this.flow[0] as FlowStep;
  }

  get currentStep(): FlowStep {
    return this.flow.find((step) => step.id === this.state.current) ?? this.firstStep;
  }

  get locked(): boolean {
    return this.state.submitted !== null;
  }

  stepById(id: string): FlowStep | undefined {
    return this.flow.find((step) => step.id === id);
  }

  productsOf(stepId: string): Product[] {
    return this.form.products.filter((product) => product.stepId === stepId);
  }

  product(id: string): Product | undefined {
    return this.form.products.find((product) => product.id === id);
  }

  problemsFor(stepId: string): PlacedProblem[] {
    return this.problems.filter((problem) => problem.step === stepId);
  }

  save(): void {
    saveState(this.storage, this.state);
  }

  /** New lines: problems that pointed at line numbers and the last quote no longer hold. */
  setLines(lines: BasketLine[]): void {
    this.state.lines = lines;
    this.problems = this.problems.filter((problem) => problem.line === null && problem.step !== BASKET_STEP);
    this.quote = null;
    this.save();
  }

  setForm(form: RegistrationForm): void {
    this.form = form;
    this.flow = buildFlow(form);
  }

  isDone(stepId: string): boolean {
    return this.state.done.includes(stepId);
  }

  /** Completed steps can be revisited; nothing can once the registration is sent. */
  canVisit(stepId: string): boolean {
    return !this.locked && (this.isDone(stepId) || stepId === this.state.current);
  }

  indexOf(stepId: string): number {
    return this.flow.findIndex((step) => step.id === stepId);
  }

  go(stepId: string, notice: Notice | null = null): void {
    this.state.current = stepId;
    this.pendingNotice = notice;
    this.save();
    this.onRender(true);
  }

  completeAndNext(stepId: string, notice: Notice | null): void {
    if (!this.isDone(stepId)) this.state.done = [...this.state.done, stepId];
    const next = this.flow[this.indexOf(stepId) + 1];
    this.go(next ? next.id : stepId, notice);
  }

  /** Back to an empty basket on the first step. */
  reset(notice: Notice | null): void {
    clearState(this.storage, this.state.eventId);
    forgetClientKey(this.storage, this.state.eventId);
    const accessCode = this.state.accessCode;
    const accessLabel = this.state.accessLabel;
    this.state = { ...emptyState(this.state.eventId, this.firstStep.id), accessCode, accessLabel };
    this.problems = [];
    this.quote = null;
    this.go(this.firstStep.id, notice);
  }
}

/** The notice shown at the top of a step, announced politely (errors assertively). */
export function noticeElement(notice: Notice): HTMLElement {
  return setText(
    h('div', { class: `notice notice--${notice.tone}`, role: notice.tone === 'error' ? 'alert' : 'status' }),
    notice.text,
  );
}
