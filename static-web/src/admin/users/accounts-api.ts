import { send, type ApiResponse } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import { accountChangeBody, accountPath, newAccountBody, parseAccounts, type AccountValues, type StaffAccount } from './accounts';

// The calls of the users section. Network failures throw NetworkError (shared/http).

export type AccountsAnswer = { kind: 'ok'; accounts: StaffAccount[] } | { kind: 'signedOut' } | { kind: 'forbidden' };

/** Reads the answer of GET /api/staff/accounts; statuses it cannot handle throw HttpError. */
export function accountsAnswer(response: ApiResponse): AccountsAnswer {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 403) return { kind: 'forbidden' };
  const accounts = response.status === 200 ? parseAccounts(response.body) : null;
  if (!accounts) throw new HttpError(response.status);
  return { kind: 'ok', accounts };
}

export async function fetchAccounts(): Promise<AccountsAnswer> {
  return accountsAnswer(await send('/api/staff/accounts'));
}

export function createAccount(values: AccountValues): Promise<ApiResponse> {
  return send('/api/staff/accounts', { method: 'POST', json: newAccountBody(values) });
}

export function updateAccount(email: string, values: Pick<AccountValues, 'displayName' | 'roles' | 'disabled'>): Promise<ApiResponse> {
  return send(accountPath(email), { method: 'PUT', json: accountChangeBody(values) });
}
