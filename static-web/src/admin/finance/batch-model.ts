import type { Schemas } from '../../shared/api/client';

// Payout batches (functions/Finance/PayoutsApi.cs): amounts in euros.

export type Batch = Schemas['PayoutBatchView'];
export type BatchPayment = Schemas['PayoutPaymentView'];
export type BatchDetail = Schemas['PayoutBatchDetail'];

/** What staff may still do: mark a released transfer executed; cancel anything not executed nor cancelled. */
export const canMarkExecuted = (b: Batch): boolean => b.status === 'Released';
export const canCancel = (b: Batch): boolean => b.status === 'Building' || b.status === 'Released';
