import { h } from '../../shared/dom';
import { fetchRegistrationFollowUp } from './api';
import { block, followUpView } from './follow-up-view';
import { loadInto } from './frame';

// The "Suivi de gestion" of one registration, in its file (Admin and Finance: the file view asks).

export function registrationFollowUpPanel(registrationId: string): HTMLElement {
  const body = h('div', { class: 'fi-registration' });
  const panel = h('div', { class: 'rg-block' }, block('admin.finance.followUp.title', body));
  // Filling a panel the file has since replaced is harmless: nothing shows it.
  loadInto(body, { isDisposed: () => false }, { loading: 'admin.finance.loading', failed: 'admin.finance.followUp.failed' },
    () => fetchRegistrationFollowUp(registrationId), (followUp) => body.replaceChildren(...followUpView(followUp, true)));
  return panel;
}
