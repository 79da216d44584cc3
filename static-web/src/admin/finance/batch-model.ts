import { isRec, num, records, str, strOrNull } from '../shared/read';

// Payout batches (functions/Finance/PayoutsApi.cs): amounts in euros.

export interface Batch {
  id: string;
  method: string;
  status: string;
  createdAt: string;
  createdBy: string;
  executionDate: string | null;
  chequeNumber: string | null;
  paymentCount: number;
  total: number;
  fileName: string | null;
  executedAt: string | null;
  executedBy: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
}

export interface BatchPayment {
  endToEndId: string;
  providerName: string;
  eventTitle: string;
  amount: number;
  registrations: number;
  remittance: string;
  iban: string | null;
  bic: string | null;
  accountHolder: string | null;
}

const batch = (b: Record<string, unknown>): Batch => ({
  id: str(b.id),
  method: str(b.method),
  status: str(b.status),
  createdAt: str(b.createdAt),
  createdBy: str(b.createdBy),
  executionDate: strOrNull(b.executionDate),
  chequeNumber: strOrNull(b.chequeNumber),
  paymentCount: num(b.paymentCount),
  total: num(b.total),
  fileName: strOrNull(b.fileName),
  executedAt: strOrNull(b.executedAt),
  executedBy: strOrNull(b.executedBy),
  cancelledAt: strOrNull(b.cancelledAt),
  cancelledBy: strOrNull(b.cancelledBy),
});

export function parseBatch(body: unknown): Batch | null {
  return isRec(body) && str(body.id) !== '' ? batch(body) : null;
}

export function parseBatches(body: unknown): Batch[] | null {
  return Array.isArray(body) ? records(body).map(batch).filter((b) => b.id !== '') : null;
}

export function parseBatchView(body: unknown): { batch: Batch; payments: BatchPayment[] } | null {
  if (!isRec(body)) return null;
  const header = parseBatch(body.batch);
  if (!header) return null;
  const payments = records(body.payments).map((p) => ({
    endToEndId: str(p.endToEndId),
    providerName: str(p.providerName),
    eventTitle: str(p.eventTitle),
    amount: num(p.amount),
    registrations: num(p.registrations),
    remittance: str(p.remittance),
    iban: strOrNull(p.iban),
    bic: strOrNull(p.bic),
    accountHolder: strOrNull(p.accountHolder),
  }));
  return { batch: header, payments };
}

/** What staff may still do: mark a released transfer executed; cancel anything not executed nor cancelled. */
export const canMarkExecuted = (b: Batch): boolean => b.status === 'Released';
export const canCancel = (b: Batch): boolean => b.status === 'Building' || b.status === 'Released';
