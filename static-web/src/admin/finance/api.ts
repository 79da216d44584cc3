import { type ApiResponse } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import { read, send } from '../events/api';
import { parseProviderChoices, type ProviderChoice } from '../roomblocks/model';
import { parseBankDetails, parseBankHistory, type BankDetails, type BankHistoryEntry } from './bank-model';
import { parseBatches, parseBatchView, type Batch, type BatchPayment } from './batch-model';
import { parseCommissions, parseFollowUp, type CommissionEntry, type FollowUp } from './follow-up-model';
import type { PayoutRequest } from './payout-model';

// server document lacks this response type: the follow-ups, commissions, bank details (GET, PUT, confirm),
// payout creation, a batch (GET, cancel, executed); their parse functions go once the server declares them.

// The finance calls (functions/Finance/*Api.cs), roles Admin and Finance. `send` reports every status
// to the session-end hook; reads throw HttpError on a status they cannot use, writes resolve with the answer.

const enc = encodeURIComponent;
const FINANCE = '/api/admin/finance';
const bankPath = (providerId: string): string => `${FINANCE}/providers/${enc(providerId)}/bank-details`;
export const batchPath = (batchId: string): string => `${FINANCE}/payouts/${enc(batchId)}`;

export { fetchEvents } from '../shared/events';
export const fetchProviders = (): Promise<ProviderChoice[]> => read('/api/admin/providers', parseProviderChoices);

export const fetchEventFollowUp = (eventId: string): Promise<FollowUp> => read(`${FINANCE}/events/${enc(eventId)}/follow-up`, parseFollowUp);
export const fetchRegistrationFollowUp = (registrationId: string): Promise<FollowUp> =>
  read(`${FINANCE}/registrations/${enc(registrationId)}/follow-up`, parseFollowUp);

export interface CommissionFilter {
  from: string;
  to: string;
  providerId: string;
}

function parsed<T>(response: ApiResponse, parse: (body: unknown) => T | null): T {
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status);
  return value;
}

/** The listing, or the 400 answer (a period the wrong way round) for the form to show. */
export async function fetchCommissions(eventId: string, filter: CommissionFilter): Promise<CommissionEntry[] | ApiResponse> {
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''));
  const path = `${FINANCE}/events/${enc(eventId)}/commissions${query.size > 0 ? `?${query}` : ''}`;
  const response = await send('GET', path);
  if (response.status === 400) return response;
  return parsed(response, parseCommissions);
}

/** The provider's bank details, null when it has none (404). */
export async function fetchBankDetails(providerId: string): Promise<BankDetails | null> {
  const response = await send('GET', bankPath(providerId));
  if (response.status === 404) return null;
  return parsed(response, parseBankDetails);
}
export const fetchBankHistory = (providerId: string): Promise<BankHistoryEntry[]> => read(`${bankPath(providerId)}/history`, parseBankHistory);
export const saveBankDetails = (providerId: string, body: unknown): Promise<ApiResponse> => send('PUT', bankPath(providerId), { json: body });
export const confirmBankDetails = (providerId: string, version: string): Promise<ApiResponse> =>
  send('POST', `${bankPath(providerId)}/confirm`, { json: { version } });

export const previewPayout = (request: PayoutRequest): Promise<ApiResponse> => send('POST', `${FINANCE}/payouts/preview`, { json: request });
export const createPayout = (request: PayoutRequest): Promise<ApiResponse> => send('POST', `${FINANCE}/payouts`, { json: request });
export const fetchBatches = (): Promise<Batch[]> => read(`${FINANCE}/payouts`, parseBatches);
export const fetchBatch = (batchId: string): Promise<{ batch: Batch; payments: BatchPayment[] }> => read(batchPath(batchId), parseBatchView);
export const batchFileUrl = (batchId: string): string => `${batchPath(batchId)}/file`;
export const markExecuted = (batchId: string): Promise<ApiResponse> => send('POST', `${batchPath(batchId)}/executed`);
export const cancelBatch = (batchId: string): Promise<ApiResponse> => send('POST', `${batchPath(batchId)}/cancel`);

export const accountingUrl = (file: 'fec' | 'payments.csv', from: string, to: string): string =>
  `${FINANCE}/accounting/${file}?${new URLSearchParams({ from, to })}`;
