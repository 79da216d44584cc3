import './register.css';
import './register-hotels.css';
import './register-basket.css';
import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { mountPage } from '../shared/layout';
import { fetchForm, isPreviewQuery, setPreview } from './api';
import { noticeElement, RegisterApp, type FlowStep, type StepView } from './app';
import { emptyState, type BasketState } from './basket';
import { eventHeader } from './header';
import type { RegistrationForm } from './model';
import { renderStepBar } from './step-bar';
import { renderAccommodation } from './step-accommodation';
import { renderBasket } from './step-basket';
import { renderConfirmation } from './step-confirmation';
import { renderContact } from './step-contact';
import { renderParticipants } from './step-participants';
import { renderPayment } from './step-payment';
import { renderProducts } from './step-products';
import { browserSession, loadState } from './store';
import { button, showMessages, t } from './ui';

const main = mountPage({ section: 'home', title: 'reg.title' });
const preview = isPreviewQuery(location.search);
setPreview(preview);
if (preview) {
  main.before(
    h('div', { class: 'preview-banner', role: 'status' }, ht('strong', 'reg.preview.banner'), ' ', ht('span', 'reg.preview.bannerBody')),
  );
}
const storage = browserSession();

function showState(tone: 'error' | 'loading' | 'plain', title: Parameters<typeof t>[0], body?: Parameters<typeof t>[0]): HTMLElement {
  const box = h(
    'div',
    { class: `state ${tone === 'error' ? 'state--error' : tone === 'loading' ? 'state--loading' : ''}`, role: 'status' },
    ht('p', title, { class: 'state__title' }),
    body && ht('p', body),
  );
  main.replaceChildren(box);
  return box;
}

const RENDERERS: Record<FlowStep['kind'], (app: RegisterApp, step: FlowStep) => StepView> = {
  participants: renderParticipants,
  products: renderProducts,
  accommodation: renderAccommodation,
  basket: renderBasket,
  contact: renderContact,
  payment: renderPayment,
  confirmation: renderConfirmation,
};

function startApp(form: RegistrationForm, stored: BasketState | null): void {
  const app = new RegisterApp(form, stored ?? emptyState(form.event.id, 'participants'), storage);
  if (app.state.submitted) app.state.current = '#confirmation';
  const bar = h('div', { class: 'step-bar-slot' });
  const stage = h('div', { class: 'stage' });
  main.replaceChildren(eventHeader(form.event), bar, stage);
  let view: StepView | null = null;

  const visit = async (target: FlowStep) => {
    const forward = app.indexOf(target.id) > app.indexOf(app.state.current);
    if (forward && view?.validate && !(await view.validate())) return;
    app.go(target.id);
  };

  app.onRender = (focus) => {
    bar.replaceChildren(renderStepBar(app, (step) => void visit(step)));
    const step = app.currentStep;
    const index = app.indexOf(step.id);
    view = RENDERERS[step.kind](app, step);
    const headingId = `step-${index}-title`;
    const heading = setText(h('h2', { id: headingId, class: 'step__title', tabindex: '-1' }), (lang) => `${index + 1}. ${step.title(lang)}`);
    const general = h('div', { class: 'notice notice--error', role: 'alert' });
    showMessages(
      general,
      app.problemsFor(step.id).filter((problem) => problem.line === null && problem.field === null).map((p) => p.message),
    );
    const section = h(
      'section',
      { class: 'step panel', 'aria-labelledby': headingId },
      heading,
      app.pendingNotice && noticeElement(app.pendingNotice),
      step.intro && setText(h('p', { class: 'step__intro' }), step.intro),
      general,
      view.element,
      view.ownActions ? null : actions(app, step, view),
    );
    app.pendingNotice = null;
    stage.replaceChildren(section);
    if (focus) {
      // The step bar stays in sight (where am I), the heading takes the focus (what is this step).
      bar.scrollIntoView?.({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
  };
  app.onRender(false);
}

function actions(app: RegisterApp, step: FlowStep, view: StepView): HTMLElement {
  const index = app.indexOf(step.id);
  const previous = app.flow[index - 1];
  const back = previous ? button(t('reg.action.previous'), 'secondary') : null;
  back?.addEventListener('click', () => app.go(previous!.id));
  const next = button(view.nextLabel ?? t('reg.action.next'), 'primary');
  let busy = false;
  next.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    next.disabled = true;
    try {
      if (!view.validate || (await view.validate())) {
        app.completeAndNext(step.id, view.savedNotice ? { tone: 'success', text: view.savedNotice } : null);
      }
    } finally {
      busy = false;
      next.disabled = false;
    }
  });
  return h('div', { class: 'step__actions' }, back, next);
}

async function start(): Promise<void> {
  const eventId = new URLSearchParams(location.search).get('event');
  if (!eventId) {
    const box = showState('error', 'reg.noEvent', 'reg.noEventBody');
    box.append(ht('a', 'reg.backHome', { href: '/', class: 'button button--secondary' }));
    return;
  }
  showState('loading', 'reg.loading');
  const stored = loadState(storage, eventId);
  try {
    let answer = await fetchForm(eventId, stored?.accessCode ?? null);
    if (answer.kind === 'problem' && stored?.accessCode) {
      // The saved access code no longer works: carry on without the restricted products.
      stored.accessCode = null;
      stored.accessLabel = null;
      answer = await fetchForm(eventId, null);
    }
    if (answer.kind !== 'ok') {
      const box = showState('error', 'reg.notFound', 'reg.notFoundBody');
      box.append(ht('a', 'reg.backHome', { href: '/', class: 'button button--secondary' }));
      return;
    }
    // Staff preview a draft or a closed event as it will look once open.
    if (!answer.value.event.registrationOpen && !preview) {
      main.replaceChildren(
        eventHeader(answer.value.event),
        h('div', { class: 'state' }, ht('p', 'reg.closed', { class: 'state__title' }), ht('p', 'reg.closedBody')),
      );
      return;
    }
    startApp(answer.value, stored);
  } catch (error) {
    const box = showState('error', 'reg.loadFailed');
    box.append(setText(h('p', {}), failureMessage(error)));
    const retry = button(t('home.retry'));
    retry.addEventListener('click', () => void start());
    box.append(retry);
  }
}

void start();
