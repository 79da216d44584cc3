import { message } from '../../shared/i18n';
import type { FormErrors } from '../../shared/problem-details';
import type { Schemas } from '../../shared/api/client';

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

export type PayoutRequest = Schemas['PayoutInput'];

/** The body of POST …/payouts/preview (and of …/payouts with a request id): empty choices are null. */
export function payoutRequest(values: PayoutValues, requestId?: string): PayoutRequest {
  return {
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
    chequeNumber: values.method === 'cheque' ? values.chequeNumber.trim() : null,
    requestId: requestId ?? null,
  };
}

// dueCents and amountCents are computed properties on the server, always written, which the document marks optional.
export type DueLine = Schemas['DueLine'] & { dueCents: number };
export type PlannedPayment = Omit<Schemas['PlannedPayment'], 'amountCents' | 'lines'> & { amountCents: number; lines: DueLine[] };

export interface Preview {
  payable: PlannedPayment[];
  blocked: PlannedPayment[];
  /** Euros, as the server adds them up. */
  payableTotal: number;
  blockedTotal: number;
}

/** The preview split in two lists: what a batch would pay, and what it leaves out (never silently); a provider or event without a name by its id. */
export function previewView(body: Schemas['PayoutPlanView']): Preview {
  const payments = body.payments.map((p) => ({
    ...p,
    providerName: p.providerName || p.providerId,
    eventTitle: p.eventTitle || p.eventId,
    amountCents: p.amountCents ?? 0,
    lines: p.lines.map((l) => ({ ...l, dueCents: l.dueCents ?? 0 })),
  }));
  return {
    payable: payments.filter((p) => p.blocked === null),
    blocked: payments.filter((p) => p.blocked !== null),
    payableTotal: body.payable,
    blockedTotal: body.blocked,
  };
}
