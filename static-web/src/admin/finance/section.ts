import '../registrations/registrations.css';
import '../roomblocks/roomblocks.css';
import './finance.css';
import type { AdminSection } from '../section';
import { onSessionEnded } from '../../shared/api/session-end';
import { mountAccounting } from './accounting-page';
import { mountBankDetails } from './bank-page';
import { mountBatch } from './batch-page';
import { mountCommissions } from './commissions-page';
import { mountFollowUp } from './follow-up-page';
import { mountPayouts } from './payouts-page';
import { mountProviders } from './providers-page';
import { routeOf, SECTION_PATH } from './route';

/** Admin and Finance only (the server's FinanceTeam policy). */
export const FINANCE_ROLES = ['Admin', 'Finance'] as const;

/** Finance: the provider follow-up, commissions, providers' bank details, payouts and accounting exports. */
export const financeSection: AdminSection = {
  path: SECTION_PATH,
  label: 'admin.finance.nav',
  roles: FINANCE_ROLES,
  mount(context) {
    const release = onSessionEnded(context.sessionEnded);
    const route = routeOf(context.params);
    const unmount =
      route.screen === 'commissions' ? mountCommissions(context)
      : route.screen === 'accounting' ? mountAccounting(context)
      : route.screen === 'providers' ? (route.providerId ? mountBankDetails(context, route.providerId) : mountProviders(context))
      : route.screen === 'payouts' ? (route.batchId ? mountBatch(context, route.batchId) : mountPayouts(context))
      : mountFollowUp(context);
    return () => {
      release();
      unmount();
    };
  },
};
