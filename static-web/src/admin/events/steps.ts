import { h, ht, setAttr } from '../../shared/dom';
import { message } from '../../shared/i18n';
import { putSteps } from './api';
import { Form } from '../../shared/form';
import { CHOICES, STEP_KINDS, type StepInput } from './model';
import type { Values } from './values';

const stepValues = (steps: readonly StepInput[]): Values => {
  const values: Values = {};
  steps.forEach((s, i) => {
    values[`steps[${i}].id`] = s.id;
    values[`steps[${i}].kind`] = s.kind;
    values[`steps[${i}].title.fr`] = s.title.fr;
    values[`steps[${i}].title.en`] = s.title.en;
    values[`steps[${i}].intro.fr`] = s.intro.fr;
    values[`steps[${i}].intro.en`] = s.intro.en;
    values[`steps[${i}].choice`] = s.choice;
  });
  return values;
};

/** The steps as typed, in their order on screen. */
export function stepsFrom(values: Values, count: number): StepInput[] {
  const get = (key: string) => String(values[key] ?? '').trim();
  return Array.from({ length: count }, (_, i) => ({
    id: get(`steps[${i}].id`), kind: get(`steps[${i}].kind`),
    title: { fr: get(`steps[${i}].title.fr`), en: get(`steps[${i}].title.en`) },
    intro: { fr: get(`steps[${i}].intro.fr`), en: get(`steps[${i}].intro.en`) }, choice: get(`steps[${i}].choice`) || 'none',
  }));
}

/** Moves one item of a list; out of range leaves it as it is. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from < 0 || from >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** #/events/{id}/steps: the ordered steps and their texts, saved together (PUT replaces them all). */
export function renderSteps(body: HTMLElement, eventId: string, initial: readonly StepInput[]): void {
  let steps = [...initial];
  let lastProblem: unknown = null;

  const draw = (focusIndex?: number) => {
    const form = new Form(stepValues(steps));
    const rows = steps.map((_, i) => {
      const up = ht('button', 'admin.events.steps.up', { type: 'button', class: 'button button--secondary' });
      const down = ht('button', 'admin.events.steps.down', { type: 'button', class: 'button button--secondary' });
      const remove = ht('button', 'admin.events.steps.remove', { type: 'button', class: 'button button--secondary' });
      setAttr(up, 'aria-label', message('admin.events.steps.upN', { n: i + 1 }));
      setAttr(down, 'aria-label', message('admin.events.steps.downN', { n: i + 1 }));
      setAttr(remove, 'aria-label', message('admin.events.steps.removeN', { n: i + 1 }));
      up.disabled = i === 0;
      down.disabled = i === steps.length - 1;
      const keep = (next: StepInput[], focus: number) => () => {
        steps = next;
        draw(focus);
      };
      up.addEventListener('click', () => keep(move(stepsFrom(form.read(), steps.length), i, i - 1), i - 1)());
      down.addEventListener('click', () => keep(move(stepsFrom(form.read(), steps.length), i, i + 1), i + 1)());
      remove.addEventListener('click', () => keep(stepsFrom(form.read(), steps.length).filter((_, j) => j !== i), Math.max(0, i - 1))());
      return h(
        'fieldset',
        { class: 'form-group ev-step', 'data-index': String(i) },
        ht('legend', message('admin.events.steps.n', { n: i + 1 })),
        h('div', { class: 'form-grid' },
          form.field({ path: `steps[${i}].id`, label: 'admin.events.field.id', hint: 'admin.events.field.idHint', required: true }),
          form.field({ path: `steps[${i}].kind`, label: 'admin.events.steps.kind', kind: 'select', options: STEP_KINDS, labels: 'admin.events.kind.' }),
          form.field({ path: `steps[${i}].choice`, label: 'admin.events.steps.choice', kind: 'select', options: CHOICES, labels: 'admin.events.choice.' }),
          form.field({ path: `steps[${i}].title.fr`, label: 'admin.events.field.titleFr', required: true }),
          form.field({ path: `steps[${i}].title.en`, label: 'admin.events.field.titleEn' }),
          form.field({ path: `steps[${i}].intro.fr`, label: 'admin.events.field.introFr', kind: 'textarea', rows: 2 }),
          form.field({ path: `steps[${i}].intro.en`, label: 'admin.events.field.introEn', kind: 'textarea', rows: 2 })),
        h('div', { class: 'ev-actions' }, up, down, remove),
      );
    });
    const add = ht('button', 'admin.events.steps.add', { type: 'button', class: 'button button--secondary' });
    add.addEventListener('click', () => {
      steps = [...stepsFrom(form.read(), steps.length), { id: '', kind: 'free', title: { fr: '', en: '' }, intro: { fr: '', en: '' }, choice: 'none' }];
      draw(steps.length - 1);
    });
    form.element.append(ht('p', 'admin.events.steps.intro', { class: 'muted' }), ...rows, h('div', { class: 'ev-actions' }, add));
    form.onSubmit('admin.events.save', (values) => putSteps(eventId, stepsFrom(values, steps.length)).then((response) => {
      lastProblem = response.status >= 400 ? response.body : null;
      if (response.status < 300) steps = stepsFrom(values, steps.length);
      return response;
    }), () => undefined);
    body.replaceChildren(ht('h2', 'admin.events.tab.steps'), form.element);
    if (lastProblem) form.showProblems(lastProblem);
    if (focusIndex !== undefined) form.element.querySelectorAll<HTMLElement>('.ev-step')[focusIndex]?.querySelector('input')?.focus();
  };
  draw();
}
