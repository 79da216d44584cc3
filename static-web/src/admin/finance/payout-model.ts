import { message } from '../../shared/i18n';
import type { FormErrors } from '../../shared/problem-details';
import { isRec, num, records, str, strOrNull } from '../shared/read';

// The seed's "Reversement" selection (functions/Finance/PayoutCriteria.cs, PayoutsApi.cs): what the
// form holds, the request it sends, and the preview's answer split into what can be paid and what cannot.

export const DATE_CRITERIA = ['stayStart', 'stayEnd', 'created', 'confirmed'] as const;
export const MODES = ['deposit', 'balance'] as const;
export const REGISTRATION_KINDS = ['all', 'roomOnly', 'withServices'] as const;
export const METHODS = ['transfer', 'cheque'] as const;

export interface PayoutValues {
  dateCriterion: string;
  from: string;
  to: string;
  eventId: string;
  providerKind: string;
  providerIds: string[];
  registrationKind: string;
  mode: string;
  method: string;
  chequeNumber: string;
}

export const PAYOUT_FIELDS = ['dateCriterion', 'from', 'to', 'eventId', 'providerKind', 'providerIds', 'registrationKind', 'mode', 'method', 'chequeNumber'] as const;
export type PayoutField = (typeof PAYOUT_FIELDS)[number];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A period's checks (payouts and accounting exports): both days, the end not before the start. */
export function checkPeriod(from: string, to: string): FormErrors<'from' | 'to'>['fields'] {
  const fields: FormErrors<'from' | 'to'>['fields'] = {};
  if (!ISO_DAY.test(from)) fields.from = message('admin.finance.payout.fromRequired');
  if (!ISO_DAY.test(to)) fields.to = message('admin.finance.payout.toRequired');
  else if (ISO_DAY.test(from) && to < from) fields.to = message('admin.finance.payout.toBeforeFrom');
  return fields;
}

export function checkPayout(values: PayoutValues): FormErrors<PayoutField> {
  const fields: FormErrors<PayoutField>['fields'] = checkPeriod(values.from, values.to);
  if (values.method === 'cheque') {
    if (values.providerIds.length !== 1) fields.providerIds = message('admin.finance.payout.chequeOneProvider');
    if (values.chequeNumber.trim() === '') fields.chequeNumber = message('admin.finance.payout.chequeNumberRequired');
  }
  return { fields, form: null };
}

export interface PayoutRequest {
  criteria: {
    dateCriterion: string;
    from: string;
    to: string;
    eventId: string | null;
    providerIds: string[] | null;
    providerKind: string | null;
    registrationKind: string;
    mode: string;
  };
  method: string;
  chequeNumber?: string;
  requestId?: string;
}

/** The body of POST …/payouts/preview (and of …/payouts with a request id): empty choices are left out. */
export function payoutRequest(values: PayoutValues, requestId?: string): PayoutRequest {
  const request: PayoutRequest = {
    criteria: {
      dateCriterion: values.dateCriterion,
      from: values.from,
      to: values.to,
      eventId: values.eventId || null,
      providerIds: values.providerIds.length > 0 ? [...values.providerIds] : null,
      providerKind: values.providerKind || null,
      registrationKind: values.registrationKind || 'all',
      mode: values.mode,
    },
    method: values.method,
  };
  if (values.method === 'cheque') request.chequeNumber = values.chequeNumber.trim();
  if (requestId) request.requestId = requestId;
  return request;
}

export interface DueLine {
  registrationId: string;
  number: string | null;
  client: string;
  purchaseCents: number;
  commissionCents: number;
  owedCents: number;
  targetCents: number;
  claimedCents: number;
  dueCents: number;
}

export interface PlannedPayment {
  providerId: string;
  providerName: string;
  providerKind: string;
  eventId: string;
  eventTitle: string;
  eventStart: string;
  eventEnd: string;
  lines: DueLine[];
  /** null: can be paid; else why not ("no-bank-details", "bank-details-unconfirmed", "not-positive"). */
  blocked: string | null;
  amountCents: number;
}

export interface Preview {
  payable: PlannedPayment[];
  blocked: PlannedPayment[];
  /** Euros, as the server adds them up. */
  payableTotal: number;
  blockedTotal: number;
}

const dueLine = (l: Record<string, unknown>): DueLine => ({
  registrationId: str(l.registrationId),
  number: strOrNull(l.number),
  client: str(l.client),
  purchaseCents: num(l.purchaseCents),
  commissionCents: num(l.commissionCents),
  owedCents: num(l.owedCents),
  targetCents: num(l.targetCents),
  claimedCents: num(l.claimedCents),
  dueCents: num(l.dueCents),
});

const plannedPayment = (p: Record<string, unknown>): PlannedPayment => ({
  providerId: str(p.providerId),
  providerName: str(p.providerName) || str(p.providerId),
  providerKind: str(p.providerKind),
  eventId: str(p.eventId),
  eventTitle: str(p.eventTitle) || str(p.eventId),
  eventStart: str(p.eventStart),
  eventEnd: str(p.eventEnd),
  lines: records(p.lines).map(dueLine),
  blocked: strOrNull(p.blocked),
  amountCents: num(p.amountCents),
});

/** The preview split in two lists: what a batch would pay, and what it leaves out (never silently). */
export function parsePreview(body: unknown): Preview | null {
  if (!isRec(body) || !Array.isArray(body.payments)) return null;
  const payments = records(body.payments).map(plannedPayment);
  return {
    payable: payments.filter((p) => p.blocked === null),
    blocked: payments.filter((p) => p.blocked !== null),
    payableTotal: num(body.payable),
    blockedTotal: num(body.blocked),
  };
}
