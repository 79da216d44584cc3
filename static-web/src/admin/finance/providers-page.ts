import { h } from '../../shared/dom';
import { message } from '../../shared/i18n';
import type { ProviderChoice } from '../roomblocks/model';
import type { SectionContext } from '../section';
import { fetchBankDetails, fetchProviders } from './api';
import { bankStatus, type BankStatus } from './bank-model';
import { statusBadge } from './bank-status';
import { financeFrame, loadInto } from './frame';
import { kindLabel } from './labels';
import { screenRoute } from './route';
import { row, table, type Column } from './table';

// #/finance/providers: every provider with the state of its bank details, each opening its page.

const COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.provider' },
  { label: 'admin.finance.col.kind' },
  { label: 'admin.finance.col.bankDetails' },
];

async function withStatuses(): Promise<{ provider: ProviderChoice; status: BankStatus | null }[]> {
  const providers = await fetchProviders();
  // One failed read leaves that provider's state unknown rather than the whole list.
  return Promise.all(providers.map(async (provider) => ({ provider, status: await fetchBankDetails(provider.id).then(bankStatus, () => null) })));
}

export function mountProviders(context: SectionContext): () => void {
  const page = financeFrame(context, 'providers');
  loadInto(page.body, page, { loading: 'admin.finance.loading', failed: 'admin.finance.providers.failed' }, withStatuses, (rows) => {
    const body = rows.map(({ provider, status }) =>
      row(COLUMNS, [
        h('a', { href: `#/${screenRoute('providers', provider.id)}` }, provider.name),
        kindLabel(provider.kind),
        status ? statusBadge(status) : message('admin.finance.unknown'),
      ]),
    );
    page.body.replaceChildren(table('admin.finance.providers.title', COLUMNS, body));
  });
  return page.dispose;
}
