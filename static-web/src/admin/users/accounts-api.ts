import { answerOf, api, type ApiResponse, type Schemas } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import { accountChangeBody, newAccountBody, type AccountValues, type StaffAccount } from './accounts';

// The calls of the users section, typed by the server's document (StaffAccountView). Network failures
// throw NetworkError (shared/http).

export type AccountsAnswer = { kind: 'ok'; accounts: StaffAccount[] } | { kind: 'signedOut' } | { kind: 'forbidden' };

/** What GET /api/staff/accounts answered; statuses it cannot handle throw HttpError. */
export function accountsAnswer(status: number, accounts: StaffAccount[] | undefined): AccountsAnswer {
  if (status === 401) return { kind: 'signedOut' };
  if (status === 403) return { kind: 'forbidden' };
  if (status !== 200 || !accounts) throw new HttpError(status);
  return { kind: 'ok', accounts };
}

export async function fetchAccounts(): Promise<AccountsAnswer> {
  const { data, response } = await api.GET('/api/staff/accounts');
  return accountsAnswer(response.status, data);
}

export async function createAccount(values: AccountValues): Promise<ApiResponse<Schemas['StaffAccountView']>> {
  return answerOf(await api.POST('/api/staff/accounts', { body: newAccountBody(values) }));
}

export async function updateAccount(email: string, values: Pick<AccountValues, 'displayName' | 'roles' | 'disabled'>): Promise<ApiResponse<Schemas['StaffAccountView']>> {
  return answerOf(await api.PUT('/api/staff/accounts/{email}', { params: { path: { email: email.trim() } }, body: accountChangeBody(values) }));
}
