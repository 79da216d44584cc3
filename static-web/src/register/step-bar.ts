import { h, setAttr, setText } from '../shared/dom';
import { translate } from '../shared/i18n';
import type { FlowStep, RegisterApp } from './app';
import { icon } from './icons';

// The steps as icons: names under them on wide screens, as a tooltip on hover or focus on phones
// (always read by screen readers). Completed steps carry a ✓ and take the person back.

export function renderStepBar(app: RegisterApp, onVisit: (step: FlowStep) => void): HTMLElement {
  const total = app.flow.length;
  const items = app.flow.map((step, index) => {
    const done = app.isDone(step.id) || (app.locked && step.kind !== 'confirmation');
    const current = step.id === app.state.current;
    const state = current ? 'current' : done ? 'done' : 'todo';
    const label = setText(h('span', { class: 'step-bar__label' }), (lang) => `${index + 1}. ${step.title(lang)}`);
    const status = setText(h('span', { class: 'visually-hidden' }), (lang) =>
      translate(lang, current ? 'reg.bar.current' : done ? 'reg.bar.done' : 'reg.bar.todo'),
    );
    const mark = h(
      'span',
      { class: 'step-bar__icon' },
      icon(step.icon),
      done && !current ? h('span', { class: 'step-bar__check', 'aria-hidden': 'true' }, '✓') : null,
    );
    const clickable = !current && app.canVisit(step.id);
    const inner = clickable
      ? h('button', { type: 'button', class: 'step-bar__target' }, mark, label, status)
      : h('span', { class: 'step-bar__target' }, mark, label, status);
    if (clickable) inner.addEventListener('click', () => onVisit(step));
    return h('li', { class: `step-bar__item step-bar__item--${state}`, 'aria-current': current ? 'step' : undefined }, inner);
  });
  const currentIndex = app.indexOf(app.state.current);
  const where = setText(h('p', { class: 'step-bar__where' }), (lang) =>
    translate(lang, 'reg.bar.position', {
      n: currentIndex + 1,
      total,
      title: app.currentStep.title(lang),
    }),
  );
  return setAttr(
    h('nav', { class: 'step-bar' }, h('ol', { class: 'step-bar__list' }, ...items), where),
    'aria-label',
    'reg.bar.label',
  );
}
