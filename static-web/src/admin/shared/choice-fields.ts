import { fieldErrorElement } from '../../shared/form';
import { h, ht, setText, uniqueId } from '../../shared/dom';
import type { Localized, MessageKey } from '../../shared/i18n';
import type { Field } from './ui';

// Radio buttons and check boxes in a fieldset, with the error slot of a field (the kit's ui.ts
// Field): the first box carries aria-invalid and points at the message.

/** A translated text, or data (a provider's name) shown as is. */
export type Label = Localized | string;

export interface ChoiceGroup extends Field<HTMLInputElement> {
  inputs: HTMLInputElement[];
  values(): string[];
  /** Replaces the boxes (check boxes only: the providers of a kind). */
  replace(choices: readonly { value: string; label: Label }[]): void;
}

const label = (text: Label): HTMLElement => (typeof text === 'string' ? h('span', {}, text) : setText(h('span', {}), text));

export function choiceGroup(
  key: string,
  type: 'radio' | 'checkbox',
  legend: MessageKey,
  choices: readonly { value: string; label: Label }[],
  className = 'fi-choices',
): ChoiceGroup {
  const id = uniqueId('fi-group');
  const error = fieldErrorElement(id);
  const list = h('div', { class: className });
  const wrapper = h('fieldset', { class: 'rb-group' }, ht('legend', legend), list, error);
  const group: ChoiceGroup = {
    key,
    wrapper,
    error,
    control: h('input'),
    inputs: [],
    values: () => group.inputs.filter((input) => input.checked).map((input) => input.value),
    replace(next) {
      const kept = new Set(group.values());
      group.inputs = next.map((choice, i) => {
        const input = h('input', { type, name: `${id}-${key}`, value: choice.value, id: i === 0 ? id : undefined });
        input.checked = kept.has(choice.value);
        return input;
      });
      list.replaceChildren(...group.inputs.map((input, i) => h('label', { class: 'check' }, input, label((next[i] as { label: Label }).label))));
      group.control = group.inputs[0] ?? h('input');
    },
  };
  group.replace(choices);
  return group;
}
