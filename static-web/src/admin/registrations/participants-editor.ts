import { fullName } from '../../register/persons';
import { h, ht, setAttr, setText } from '../../shared/dom';
import { i18n, translate, type Localized } from '../../shared/i18n';
import { html, nothing, t, type TemplateResult } from '../shared/view';
import { putBasket } from './api';
import { applyEdit, draftOf, linesDroppedBy, newPersons, type DraftParticipant } from './basket-edit';
import type { Participant, RegistrationFile } from './file-model';
import { lineNumber, local } from '../shared/labels';
import { checkParticipants } from './participants-check';
import { runChange, type FileSession } from './session';
import { button, focusFirst, openDialog } from '../shared/ui';
import { checkbox, inputField, showFieldErrors, type Field } from '../../shared/form';

// Participants and companions: read view, and the editor (add, remove, rename, companion) that
// PUTs the basket with each person's lines following them.

export function participantsView(participants: readonly Participant[]): TemplateResult {
  if (participants.length === 0) return html`<p class="muted">${t('admin.registrations.none')}</p>`;
  return html`<ol class="rg-people">
    ${participants.map(
      (participant) => html`<li>
        <span class="strong">${fullName(participant) || '—'}</span>
        ${participant.organisation ? html`<span class="small">${participant.organisation}</span>` : nothing}
        ${participant.companion
          ? html`<span class="small muted">${translate(i18n.lang, 'admin.registrations.companion', { name: fullName(participant.companion) || '—' })}</span>`
          : nothing}
      </li>`,
    )}
  </ol>`;
}

/** "003 Déjeuner 11/06" for each line of the file the draft would drop. */
function droppedLabels(file: RegistrationFile, draft: readonly DraftParticipant[]): Localized[] {
  const priced = file.providers.flatMap((group) => group.lines);
  return linesDroppedBy(file, draft).map((index) => {
    const line = priced.find((candidate) => candidate.index === index);
    return (lang) => `${lineNumber(index)} ${line ? local(line.label)(lang) : file.lines[index]?.productId ?? ''}`;
  });
}

export function openParticipantsEditor(session: FileSession, host: HTMLElement): void {
  const dialog = openDialog(host, 'admin.registrations.editParticipants', 'admin.registrations.edit.participantsSubmit');
  const draft: DraftParticipant[] = draftOf(session.file.participants);
  const list = h('div', { class: 'rg-edit-people' });
  const add = button('admin.registrations.edit.addParticipant', 'secondary');
  const preview = h('div', { class: 'rg-preview', 'aria-live': 'polite' });
  dialog.body.append(list, add, preview);
  let fields: Field[] = [];

  const updatePreview = () => {
    const dropped = droppedLabels(session.file, draft);
    const newcomers = newPersons(draft).length > 0 && (session.form?.products.some((product) => product.mandatory) ?? false);
    preview.replaceChildren(
      ...(dropped.length > 0
        ? [
            ht('p', 'admin.registrations.edit.dropped', { class: 'strong' }),
            h('ul', {}, ...dropped.map((label) => setText(h('li', {}), label))),
          ]
        : []),
      newcomers ? ht('p', 'admin.registrations.edit.newcomers', { class: 'muted' }) : '',
    );
  };

  const nameField = (key: string, label: Parameters<typeof inputField>[1], value: string, set: (text: string) => void, required = true) => {
    const field = inputField(key, label, { required, attributes: { maxlength: key.endsWith('organisation') ? '120' : '80', autocomplete: 'off' } });
    field.control.value = value;
    field.control.addEventListener('input', () => set(field.control.value));
    fields.push(field);
    return field.element;
  };

  const render = () => {
    fields = [];
    list.replaceChildren(
      ...draft.map((participant, index) => {
        const at = `participants[${index}]`;
        const title: Localized = (lang) => translate(lang, 'admin.registrations.participantN', { n: index + 1 });
        const companion = h('div', { class: 'subfieldset rg-companion' });
        const toggle = checkbox('admin.registrations.edit.hasCompanion', { checked: participant.companion !== null });
        const showCompanion = () => {
          companion.hidden = participant.companion === null;
          const current = participant.companion;
          companion.replaceChildren(
            ...(current
              ? [
                  h(
                    'div',
                    { class: 'field-row' },
                    nameField(`${at}.companion.lastName`, 'admin.registrations.edit.companionLastName', current.lastName, (text) => (current.lastName = text)),
                    nameField(`${at}.companion.firstName`, 'admin.registrations.edit.companionFirstName', current.firstName, (text) => (current.firstName = text)),
                  ),
                ]
              : []),
          );
        };
        toggle.input.addEventListener('change', () => {
          // Unticking and ticking again keeps the same companion (and their lines).
          const before = session.file.participants[participant.origin ?? -1]?.companion;
          participant.companion = toggle.input.checked
            ? { lastName: before?.lastName ?? '', firstName: before?.firstName ?? '', existing: before != null }
            : null;
          fields = fields.filter((field) => !field.key.startsWith(`${at}.companion.`));
          showCompanion();
          updatePreview();
        });
        showCompanion();
        const remove = button((lang) => translate(lang, 'admin.registrations.edit.removeParticipant', { name: fullName(participant) || title(lang) }), 'link');
        remove.addEventListener('click', () => {
          draft.splice(index, 1);
          render();
          updatePreview();
          focusFirst(list);
        });
        return h(
          'fieldset',
          { class: 'participant' },
          setText(h('legend', {}), title),
          h(
            'div',
            { class: 'field-row' },
            nameField(`${at}.lastName`, 'admin.registrations.edit.lastName', participant.lastName, (text) => (participant.lastName = text)),
            nameField(`${at}.firstName`, 'admin.registrations.edit.firstName', participant.firstName, (text) => (participant.firstName = text)),
          ),
          nameField(`${at}.organisation`, 'admin.registrations.edit.organisation', participant.organisation, (text) => (participant.organisation = text), false),
          toggle.element,
          companion,
          draft.length > 1 ? remove : null,
        );
      }),
    );
  };

  add.addEventListener('click', () => {
    draft.push({ origin: null, lastName: '', firstName: '', organisation: '', companion: null });
    render();
    updatePreview();
    const last = list.lastElementChild;
    if (last instanceof HTMLElement) focusFirst(last);
  });

  render();
  updatePreview();
  focusFirst(list);
  setAttr(list, 'aria-label', 'admin.registrations.participants');

  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const errors = checkParticipants(draft);
    dialog.alert.show(errors.get('participants') ?? null);
    if (errors.size > 0) {
      showFieldErrors(fields, errors);
      return;
    }
    showFieldErrors(fields, new Map());
    void runChange(
      session,
      dialog,
      async () => {
        const result = applyEdit(session.file, { kind: 'participants', participants: draft, products: session.form?.products ?? [] });
        if (!result.ok) return { kind: 'failed', error: new Error(result.reason) };
        return putBasket(session.id, session.loaded.etag, result.basket, result.origins);
      },
      { fields, saved: 'admin.registrations.participantsSaved' },
    );
  });
}
