import { clearText, h, ht, setText, uniqueId } from '../../shared/dom';
import { inputField, onSubmitBusy, type Field } from '../../shared/form';
import { message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { hasErrors, type FormErrors } from '../../shared/problem-details';
import { routeHref } from '../shell-routes';
import {
  MAX_DISPLAY_NAME,
  MIN_ACCOUNT_PASSWORD,
  lockedOnOwnAccount,
  STAFF_ROLES,
  validateAccountChange,
  validateNewAccount,
  type AccountField,
  type AccountValues,
  type StaffAccount,
} from './accounts';

// The account form: new account (email, name, initial password, roles) or change (name, roles,
// disabled). Errors sit under their field (aria-invalid, aria-describedby); form-wide ones are announced.

export interface AccountFormOptions {
  /** null: a new account. */
  account: StaffAccount | null;
  /** The account is the signed-in Admin's own. */
  self: boolean;
  /** Sends the values; returns the errors to show, or null when done (the caller moves on). */
  submit(values: AccountValues): Promise<FormErrors<AccountField> | null>;
}

/** A text field of the form: every one of them is needed (no mark: the form has nothing optional to tell apart). */
const textField = (name: AccountField, label: MessageKey, attributes: Record<string, string | boolean>, hint?: Localized): Field<HTMLInputElement> =>
  inputField(name, label, { hint, attributes: { required: true, ...attributes } });

export function accountForm(options: AccountFormOptions): HTMLFormElement {
  const { account } = options;
  const creating = account === null;

  const email = creating ? textField('email', 'field.email', { type: 'email', autocomplete: 'off', spellcheck: 'false' }) : null;
  const displayName = textField('displayName', 'admin.users.field.displayName', {
    type: 'text',
    autocomplete: 'off',
    maxlength: String(MAX_DISPLAY_NAME),
  });
  displayName.control.value = account?.displayName ?? '';
  const password = creating
    ? textField(
        'password',
        'admin.users.field.password',
        { type: 'password', autocomplete: 'new-password', minlength: String(MIN_ACCOUNT_PASSWORD) },
        (lang) => translate(lang, 'admin.users.passwordHint', { count: MIN_ACCOUNT_PASSWORD }),
      )
    : null;

  // On one's own account the Admin role and "disabled" are locked; the note says why.
  const locked = lockedOnOwnAccount(options.self);
  const selfNote = options.self ? ht('p', 'admin.users.selfNote', { id: uniqueId('account-self-note'), class: 'notice' }) : null;
  const lock = (box: HTMLInputElement) => {
    box.disabled = true;
    if (selfNote) box.setAttribute('aria-describedby', [box.getAttribute('aria-describedby'), selfNote.id].filter(Boolean).join(' '));
  };

  // Roles: a fieldset whose legend names the group; each box says what the role opens.
  const rolesId = uniqueId('account-roles');
  const rolesError = h('p', { id: `${rolesId}-error`, class: 'field-error', hidden: true });
  const rolesHint = ht('p', 'admin.users.rolesHint', { id: `${rolesId}-hint`, class: 'field-hint' });
  const roleBoxes = STAFF_ROLES.map((role) => {
    const id = `${rolesId}-${role}`;
    const box = h('input', { type: 'checkbox', id, name: 'roles', value: role });
    box.checked = account?.roles.includes(role) ?? false;
    if (locked.roles.includes(role)) lock(box);
    const label = h(
      'label',
      { for: id },
      ht('strong', `role.${role}`),
      ' ',
      ht('span', `admin.users.role.${role}`, { class: 'muted' }),
    );
    return { box, element: h('div', { class: 'choice' }, box, label) };
  });
  const rolesSet = h(
    'fieldset',
    { class: 'choice-group', 'aria-describedby': rolesHint.id },
    ht('legend', 'admin.users.field.roles'),
    rolesHint,
    ...roleBoxes.map(({ element }) => element),
    rolesError,
  );

  const disabledBox = h('input', { type: 'checkbox', id: uniqueId('account-disabled'), name: 'disabled' });
  disabledBox.checked = account?.disabled ?? false;
  const disabledHint = ht('p', 'admin.users.disabledHint', { id: `${disabledBox.id}-hint`, class: 'field-hint' });
  disabledBox.setAttribute('aria-describedby', disabledHint.id);
  if (locked.disabled) lock(disabledBox);
  const disabledField = creating
    ? null
    : h('div', { class: 'choice choice--single' }, disabledBox, h('div', {}, ht('label', 'admin.users.field.disabled', { for: disabledBox.id }), disabledHint));


  const alert = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const submitLabel: MessageKey = creating ? 'admin.users.create' : 'admin.users.save';
  const button = ht('button', submitLabel, { type: 'submit', class: 'button button--primary' });
  const form = h(
    'form',
    { class: 'form account-form', novalidate: true },
    alert,
    selfNote,
    email?.element,
    displayName.element,
    password?.element,
    rolesSet,
    disabledField,
    h('div', { class: 'account-form__actions' }, button, ht('a', 'admin.users.backToList', { href: routeHref('users'), class: 'button button--secondary' })),
  );

  const values = (): AccountValues => ({
    email: email?.control.value ?? account?.email ?? '',
    displayName: displayName.control.value,
    password: password?.control.value ?? '',
    roles: roleBoxes.filter(({ box }) => box.checked).map(({ box }) => box.value),
    disabled: disabledBox.checked,
  });

  const showErrors = (errors: FormErrors<AccountField>) => {
    const focusable: HTMLElement[] = [];
    for (const [name, field] of [['email', email], ['displayName', displayName], ['password', password]] as const) {
      if (!field) continue;
      const text = errors.fields[name] ?? null;
      field.setError(text);
      if (text) focusable.push(field.control);
    }
    const rolesText = errors.fields.roles ?? null;
    rolesError.hidden = rolesText === null;
    if (rolesText) {
      setText(rolesError, rolesText);
      rolesSet.setAttribute('aria-describedby', `${rolesHint.id} ${rolesError.id}`);
      focusable.push(roleBoxes[0]!.box);
    } else {
      clearText(rolesError);
      rolesSet.setAttribute('aria-describedby', rolesHint.id);
    }
    // "disabled" has no error of its own; anything the server says about it goes to the form.
    const form = errors.form ?? errors.fields.disabled ?? null;
    alert.hidden = form === null;
    if (form) setText(alert, form);
    else clearText(alert);
    (focusable[0] ?? (form ? alert : null))?.focus();
  };

  onSubmitBusy(form, button, submitLabel, () => {
    const current = values();
    const problems = creating ? validateNewAccount(current) : validateAccountChange(current);
    showErrors(problems);
    if (hasErrors(problems)) return null;
    return options
      .submit(current)
      .then((errors) => {
        if (errors) showErrors(errors);
      })
      .catch(() => showErrors({ fields: {}, form: message('error.unexpected') }));
  });
  alert.tabIndex = -1;
  return form;
}
