import { h, setText, uniqueId, type TextSource } from '../dom';
import type { Localized } from '../i18n';
import { fieldErrorElement, showFieldError, type Field } from './fields';

// Radio buttons or check boxes in a fieldset, with the error slot of a field: the first box carries
// aria-invalid and points at the message.

/** A translated text, or data (a provider's name) shown as is. */
export type Label = Localized | string;

export interface ChoiceGroup extends Field<HTMLInputElement> {
  inputs: HTMLInputElement[];
  values(): string[];
  /** Replaces the boxes, keeping those still offered ticked (check boxes: the providers of a kind). */
  replace(choices: readonly { value: string; label: Label }[]): void;
}

export interface ChoiceGroupOptions {
  hint?: TextSource;
  /** The fieldset's classes. */
  className?: string;
  /** The classes of the boxes' container. */
  listClass?: string;
  /** The values ticked at first. */
  checked?: readonly string[];
}

const labelOf = (text: Label): HTMLElement => (typeof text === 'string' ? h('span', {}, text) : setText(h('span', {}), text));

export function choiceGroup(
  key: string,
  type: 'radio' | 'checkbox',
  legend: TextSource,
  choices: readonly { value: string; label: Label }[],
  options: ChoiceGroupOptions = {},
): ChoiceGroup {
  const id = uniqueId('choices');
  const error = fieldErrorElement(id);
  const list = h('div', { class: options.listClass ?? 'choices__list' });
  const hint = options.hint ? setText(h('p', { id: `${id}-hint`, class: 'field-hint' }), options.hint) : null;
  const element = h('fieldset', { class: options.className ?? 'choices' }, setText(h('legend'), legend), hint, list, error);
  let kept = new Set(options.checked ?? []);
  const group: ChoiceGroup = {
    key,
    element,
    error,
    control: h('input'),
    inputs: [],
    values: () => group.inputs.filter((input) => input.checked).map((input) => input.value),
    setError: (text) => showFieldError(group.control, error, text),
    replace(next) {
      if (group.inputs.length > 0) kept = new Set(group.values());
      group.inputs = next.map((choice, i) => {
        const input = h('input', { type, name: `${id}-${key}`, value: choice.value, id: i === 0 ? id : undefined });
        input.checked = kept.has(choice.value);
        return input;
      });
      list.replaceChildren(...group.inputs.map((input, i) => h('label', { class: 'check' }, input, labelOf((next[i] as { label: Label }).label))));
      group.control = group.inputs[0] ?? h('input');
      if (hint) {
        group.control.dataset.hint = hint.id;
        group.control.setAttribute('aria-describedby', hint.id);
      }
    },
  };
  group.replace(choices);
  return group;
}
