// The one form kit of the site (attendee pages, provider space, back office):
// - fields.ts: a field (label, hint, control, error with aria-invalid/aria-describedby, required mark) of
//   any control, a checkbox, showFieldErrors and showAlert;
// - choice-group.ts: radio buttons or check boxes in a fieldset, with the error slot of a field;
// - spec-form.ts: createForm, a whole form from a list of fields (sign-in, passwords);
// - path-form.ts: Form, values keyed by the server's field paths, its problems placed on the controls;
// - submit.ts: onSubmitBusy, one submit at a time with a busy button.
// Its styles are form.css, loaded with the fields.
export * from './fields';
export * from './choice-group';
export * from './spec-form';
export * from './path-form';
export * from './submit';
