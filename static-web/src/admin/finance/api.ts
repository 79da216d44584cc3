import { answerOf, api, dataOf, type ApiResponse, type Schemas } from '../../shared/api/client';
import type { BankDetails, BankHistoryEntry } from './bank-model';
import type { Batch, BatchDetail } from './batch-model';
import type { CommissionEntry, FollowUp } from './follow-up-model';
import type { PayoutRequest } from './payout-model';

// The finance calls (functions/Finance/*Api.cs), roles Admin and Finance, through the typed client: a 401
// reaches the session-end hook; reads throw HttpError on a status they cannot use, writes resolve with the answer.

const enc = encodeURIComponent;
const FINANCE = '/api/admin/finance';
const provider = (providerId: string) => ({ params: { path: { providerId } } });
const batch = (batchId: string) => ({ params: { path: { batchId } } });

export { fetchEvents } from '../shared/events';
export { fetchProviders } from '../shared/providers';

export const fetchEventFollowUp = async (eventId: string): Promise<FollowUp> =>
  dataOf(await api.GET('/api/admin/finance/events/{eventId}/follow-up', { params: { path: { eventId } } }));
export const fetchRegistrationFollowUp = async (registrationId: string): Promise<FollowUp> =>
  dataOf(await api.GET('/api/admin/finance/registrations/{registrationId}/follow-up', { params: { path: { registrationId } } }));

export interface CommissionFilter {
  from: string;
  to: string;
  providerId: string;
}

/** The listing, or the 400 answer (a period the wrong way round) for the form to show. */
export async function fetchCommissions(eventId: string, filter: CommissionFilter): Promise<CommissionEntry[] | ApiResponse> {
  const query = { from: filter.from || undefined, to: filter.to || undefined, providerId: filter.providerId || undefined };
  const answer = await api.GET('/api/admin/finance/events/{eventId}/commissions', { params: { path: { eventId }, query } });
  return answer.response.status === 400 ? answerOf(answer) : dataOf(answer);
}

/** The provider's bank details, null when it has none (404). */
export async function fetchBankDetails(providerId: string): Promise<BankDetails | null> {
  const answer = await api.GET('/api/admin/finance/providers/{providerId}/bank-details', provider(providerId));
  return answer.response.status === 404 ? null : dataOf(answer);
}
export const fetchBankHistory = async (providerId: string): Promise<BankHistoryEntry[]> =>
  dataOf(await api.GET('/api/admin/finance/providers/{providerId}/bank-details/history', provider(providerId)));
export const saveBankDetails = async (providerId: string, body: Schemas['BankDetailsInput']): Promise<ApiResponse<BankDetails>> =>
  answerOf(await api.PUT('/api/admin/finance/providers/{providerId}/bank-details', { ...provider(providerId), body }));
export const confirmBankDetails = async (providerId: string, version: string): Promise<ApiResponse<BankDetails>> =>
  answerOf(await api.POST('/api/admin/finance/providers/{providerId}/bank-details/confirm', { ...provider(providerId), body: { version } }));

export const previewPayout = async (body: PayoutRequest) => answerOf(await api.POST('/api/admin/finance/payouts/preview', { body }));
export const createPayout = async (body: PayoutRequest): Promise<ApiResponse<Batch>> => answerOf(await api.POST('/api/admin/finance/payouts', { body }));
export const fetchBatches = async (): Promise<Batch[]> => dataOf(await api.GET('/api/admin/finance/payouts'));
export const fetchBatch = async (batchId: string): Promise<BatchDetail> => dataOf(await api.GET('/api/admin/finance/payouts/{batchId}', batch(batchId)));
export const markExecuted = async (batchId: string): Promise<ApiResponse<Batch>> =>
  answerOf(await api.POST('/api/admin/finance/payouts/{batchId}/executed', batch(batchId)));
export const cancelBatch = async (batchId: string): Promise<ApiResponse<Batch>> =>
  answerOf(await api.POST('/api/admin/finance/payouts/{batchId}/cancel', batch(batchId)));

// Files (SEPA XML, FEC, CSV) are links the browser downloads, not JSON answers.
export const batchFileUrl = (batchId: string): string => `${FINANCE}/payouts/${enc(batchId)}/file`;
export const accountingUrl = (file: 'fec' | 'payments.csv', from: string, to: string): string =>
  `${FINANCE}/accounting/${file}?${new URLSearchParams({ from, to })}`;
