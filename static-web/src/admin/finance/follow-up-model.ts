import { isRec, num, records, str, strOrNull } from '../shared/read';

// GET …/finance/events/{id}/follow-up and …/finance/registrations/{id}/follow-up (functions/Finance/ProviderFollowUp.cs):
// euros as decimals, rates and the margin in percent (8 means 8 %).

export interface ProviderFollowUpRow {
  providerId: string;
  name: string;
  kind: string;
  paidOut: number;
  purchase: number;
  commission: number;
  remaining: number;
  inProgress: number;
}

export interface ClientFollowUp {
  registrations: number;
  payments: number;
  sales: number;
  remaining: number;
}

export interface CommissionEntry {
  registrationId: string;
  number: string | null;
  providerId: string;
  providerName: string;
  productId: string;
  from: string;
  to: string;
  days: number;
  amount: number;
  commission: number;
  rate: number;
}

export interface FollowUp {
  client: ClientFollowUp;
  providers: ProviderFollowUpRow[];
  totals: ProviderFollowUpRow;
  margin: number;
  marginPercent: number;
  marginAndCommission: number;
  commissions: CommissionEntry[];
}

function providerRow(value: unknown): ProviderFollowUpRow {
  const row = isRec(value) ? value : {};
  return {
    providerId: str(row.providerId),
    name: str(row.name) || str(row.providerId),
    kind: str(row.kind),
    paidOut: num(row.paidOut),
    purchase: num(row.purchase),
    commission: num(row.commission),
    remaining: num(row.remaining),
    inProgress: num(row.inProgress),
  };
}

const commissionEntry = (row: Record<string, unknown>): CommissionEntry => ({
  registrationId: str(row.registrationId),
  number: strOrNull(row.number),
  providerId: str(row.providerId),
  providerName: str(row.providerName) || str(row.providerId),
  productId: str(row.productId),
  from: str(row.from),
  to: str(row.to),
  days: num(row.days),
  amount: num(row.amount),
  commission: num(row.commission),
  rate: num(row.rate),
});

/** Null when the answer is not a list. */
export function parseCommissions(body: unknown): CommissionEntry[] | null {
  return Array.isArray(body) ? records(body).map(commissionEntry) : null;
}

/** Null when the answer is not a follow-up. */
export function parseFollowUp(body: unknown): FollowUp | null {
  if (!isRec(body) || !isRec(body.client) || !Array.isArray(body.providers)) return null;
  const client = body.client;
  return {
    client: { registrations: num(client.registrations), payments: num(client.payments), sales: num(client.sales), remaining: num(client.remaining) },
    providers: body.providers.map(providerRow),
    totals: providerRow(body.totals),
    margin: num(body.margin),
    marginPercent: num(body.marginPercent),
    marginAndCommission: num(body.marginAndCommission),
    commissions: parseCommissions(body.commissions) ?? [],
  };
}

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
    name: total ? '' : r.name,
    amounts: AMOUNT_COLUMNS.map((column) => r[column]),
  });
  return [...followUp.providers.map((r) => row(r, false)), row(followUp.totals, true)];
}
