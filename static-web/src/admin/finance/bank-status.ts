import { h, setText } from '../../shared/dom';
import { translate, type Localized } from '../../shared/i18n';
import { instant } from '../shared/labels';
import type { BankStatus } from './bank-model';

// A provider's bank details in one badge: none, awaiting confirmation (until when), payable.

export const PARIS = 'Europe/Paris';

export function statusText(status: BankStatus): Localized {
  switch (status.kind) {
    case 'none':
      return (lang) => translate(lang, 'admin.finance.bank.status.none');
    case 'awaiting':
      return (lang) => translate(lang, 'admin.finance.bank.status.awaiting', { until: instant(status.until, PARIS)(lang) });
    case 'payable':
      return (lang) => translate(lang, 'admin.finance.bank.status.payable');
  }
}

const TONES = { none: 'danger', awaiting: 'warning', payable: 'success' } as const;

export const statusBadge = (status: BankStatus): HTMLElement =>
  setText(h('span', { class: `rg-badge rg-badge--${TONES[status.kind]}` }), statusText(status));
