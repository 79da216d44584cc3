import type { Schemas } from '../../shared/api/client';

// GET …/finance/events/{id}/follow-up and …/finance/registrations/{id}/follow-up (functions/Finance/ProviderFollowUp.cs):
// euros as decimals, rates and the margin in percent (8 means 8 %).

export type ProviderFollowUpRow = Schemas['ProviderFollowUpRow'];
export type CommissionEntry = Schemas['CommissionEntry'];
export type FollowUp = Schemas['FollowUpView'];

/** The amount columns of the seed's table, in its order: Règlements, Achat, Commission, Reste à verser, Versement. */
export const AMOUNT_COLUMNS = ['paidOut', 'purchase', 'commission', 'remaining', 'inProgress'] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

export interface TableRow {
  /** The totals row has neither kind nor name. */
  total: boolean;
  providerId: string;
  kind: string;
  name: string;
  amounts: number[];
}

/** The rows of the provider table: one per provider (the server's order: kind, then name), then the totals. */
export function followUpRows(followUp: FollowUp): TableRow[] {
  const row = (r: ProviderFollowUpRow, total: boolean): TableRow => ({
    total,
    providerId: r.providerId,
    kind: total ? '' : r.kind,
    name: total ? '' : r.name || r.providerId,
    amounts: AMOUNT_COLUMNS.map((column) => r[column]),
  });
  return [...followUp.providers.map((r) => row(r, false)), row(followUp.totals, true)];
}
