import { h, ht, setText } from '../shared/dom';
import { translate, type Localized } from '../shared/i18n';
import type { FlowStep, RegisterApp, StepView } from './app';
import { applyMandatory, emptyParticipant, pruneLines } from './basket';
import { listPersons, type Participant } from './persons';
import { richText } from './rich-text';
import { checkboxField, inputField, selectField, type Field } from '../shared/form';
import { requiredNote, t } from './ui';

// The server's limits (participants[i].lastName ≤ 80, organisation ≤ 120).
const MAX_NAME = 80;
const MAX_ORGANISATION = 120;

interface ParticipantFields {
  lastName: Field<HTMLInputElement>;
  firstName: Field<HTMLInputElement>;
  organisation: Field<HTMLInputElement>;
  companionLast: Field<HTMLInputElement>;
  companionFirst: Field<HTMLInputElement>;
}

/** Step 1: how many attendees, their names, and whether each comes with a companion. */
export function renderParticipants(app: RegisterApp, step: FlowStep): StepView {
  const state = app.state;
  const max = app.form.event.maxParticipants;
  const count = selectField('participantCount', t('reg.participants.count'),
    Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: () => String(i + 1) })), {
      hint: t('reg.participants.countHint'),
      required: true,
      value: String(Math.min(state.participants.length, max)),
      className: 'field--short',
    });
  const list = h('div', { class: 'participants' });
  let fields: ParticipantFields[] = [];

  const draw = () => {
    fields = [];
    list.replaceChildren(...state.participants.map((participant, index) => participantBlock(app, participant, index, fields)));
  };
  count.control.addEventListener('change', () => {
    const wanted = Number(count.control.value);
    const current = state.participants;
    state.participants = Array.from({ length: wanted }, (_, i) => current[i] ?? emptyParticipant());
    app.save();
    draw();
  });
  draw();
  showServerProblems(app, step.id, fields);

  const presentation = app.form.event.presentationHtml
    ? h(
        'details',
        { class: 'presentation', open: state.done.length === 0 },
        ht('summary', 'reg.presentation'),
        h('div', { class: 'rich-text' }, richText(app.form.event.presentationHtml)),
      )
    : null;

  return {
    element: h('div', { class: 'step-participants' }, presentation, requiredNote(), count.element, list),
    savedNotice: t('reg.participants.saved'),
    nextLabel: t('reg.participants.submit'),
    validate: () => {
      if (!validateParticipants(state.participants, fields)) return false;
      const persons = listPersons(state.participants).map((person) => person.id).join(',');
      if (persons !== state.savedPersons) {
        // Someone was added or removed: every later step is checked again.
        state.done = [];
        state.savedPersons = persons;
      }
      app.problems = app.problems.filter((problem) => problem.step !== step.id);
      app.setLines(applyMandatory(pruneLines(state.lines, state.participants), app.form.products, state.participants));
      return true;
    },
  };
}

function participantBlock(app: RegisterApp, participant: Participant, index: number, all: ParticipantFields[]): HTMLElement {
  const bind = (field: Field<HTMLInputElement>, write: (value: string) => void) => {
    field.control.maxLength = field.control.name.endsWith('organisation') ? MAX_ORGANISATION : MAX_NAME;
    field.control.addEventListener('input', () => {
      write(field.control.value);
      app.save();
    });
    return field;
  };
  const n = index + 1;
  const fields: ParticipantFields = {
    lastName: bind(
      inputField(`p${index}-lastName`, t('reg.field.lastName'), { required: true, value: participant.lastName, attributes: { autocomplete: index === 0 ? 'family-name' : 'off' } }),
      (value) => (participant.lastName = value),
    ),
    firstName: bind(
      inputField(`p${index}-firstName`, t('reg.field.firstName'), { required: true, value: participant.firstName, attributes: { autocomplete: index === 0 ? 'given-name' : 'off' } }),
      (value) => (participant.firstName = value),
    ),
    organisation: bind(
      inputField(`p${index}-organisation`, t('reg.field.organisation'), { value: participant.organisation, attributes: { autocomplete: index === 0 ? 'organization' : 'off' } }),
      (value) => (participant.organisation = value),
    ),
    companionLast: bind(
      inputField(`p${index}c-lastName`, t('reg.field.lastName'), { required: true, value: participant.companion?.lastName ?? '', attributes: { autocomplete: 'off' } }),
      (value) => participant.companion && (participant.companion.lastName = value),
    ),
    companionFirst: bind(
      inputField(`p${index}c-firstName`, t('reg.field.firstName'), { required: true, value: participant.companion?.firstName ?? '', attributes: { autocomplete: 'off' } }),
      (value) => participant.companion && (participant.companion.firstName = value),
    ),
  };
  all.push(fields);

  const companion = h(
    'fieldset',
    { class: 'subfieldset' },
    ht('legend', 'reg.participants.companion'),
    h('div', { class: 'field-row' }, fields.companionLast.element, fields.companionFirst.element),
  );
  companion.hidden = participant.companion === null;
  const accompanied = checkboxField(`p${index}-accompanied`, t('reg.participants.accompanied'), { checked: participant.companion !== null });
  accompanied.control.setAttribute('aria-controls', companion.id || (companion.id = `p${index}-companion`));
  accompanied.control.setAttribute('aria-expanded', String(participant.companion !== null));
  accompanied.control.addEventListener('change', () => {
    const on = accompanied.control.checked;
    participant.companion = on
      ? { lastName: fields.companionLast.control.value, firstName: fields.companionFirst.control.value }
      : null;
    companion.hidden = !on;
    accompanied.control.setAttribute('aria-expanded', String(on));
    app.save();
    if (on) fields.companionLast.control.focus();
  });

  return h(
    'fieldset',
    { class: 'participant' },
    setText(h('legend', {}), (lang) => translate(lang, 'reg.participants.legend', { n })),
    h('div', { class: 'field-row' }, fields.lastName.element, fields.firstName.element),
    fields.organisation.element,
    accompanied.element,
    companion,
  );
}

function validateParticipants(participants: readonly Participant[], fields: readonly ParticipantFields[]): boolean {
  let first: HTMLInputElement | null = null;
  const check = (field: Field<HTMLInputElement> | undefined, value: string, required: boolean) => {
    if (!field) return;
    const problem: Localized | null = required && value.trim() === '' ? t('reg.validation.required') : null;
    field.setError(problem);
    if (problem) first ??= field.control;
  };
  participants.forEach((participant, index) => {
    const f = fields[index];
    if (!f) return;
    check(f.lastName, participant.lastName, true);
    check(f.firstName, participant.firstName, true);
    check(f.organisation, participant.organisation, false);
    check(f.companionLast, participant.companion?.lastName ?? '', participant.companion !== null);
    check(f.companionFirst, participant.companion?.firstName ?? '', participant.companion !== null);
  });
  (first as HTMLInputElement | null)?.focus();
  return first === null;
}

/** participants[1].companion.lastName and the like, from the server, under their fields. */
function showServerProblems(app: RegisterApp, stepId: string, fields: readonly ParticipantFields[]): void {
  for (const problem of app.problemsFor(stepId)) {
    const match = /^participants\[(\d+)\]\.(companion\.)?(lastName|firstName|organisation)/.exec(problem.field ?? '');
    const f = match ? fields[Number(match[1])] : undefined;
    if (!match || !f) continue;
    const key = match[2]
      ? match[3] === 'lastName' ? 'companionLast' : 'companionFirst'
      : (match[3] as 'lastName' | 'firstName' | 'organisation');
    f[key].setError(problem.message);
  }
}
