import { message, type Localized } from '../../shared/i18n';
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

/** A registration of the selection in no payment of the batch, with the server's reason (code and words). */
export interface LeftOut {
  registrationId: string;
  /** The file's number, or its id before it has one. */
  number: string;
  client: string;
  providerName: string;
  eventTitle: string;
  reason: string;
  text: Localized;
}

export interface Preview {
  payable: PlannedPayment[];
  blocked: PlannedPayment[];
  /** Every registration the selection leaves out, so that "nothing to pay" always says why. */
  leftOut: LeftOut[];
  /** Euros, as the server adds them up. */
  payableTotal: number;
  blockedTotal: number;
}

/**
 * The preview split: what a batch would pay, the payments it cannot make, and every registration it
 * leaves out with the reason (never silently); a provider, event or file without a name by its id.
 */
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
    leftOut: body.leftOut.map((l) => ({
      registrationId: l.registrationId,
      number: l.number ?? l.registrationId,
      client: l.client,
      providerName: l.providerName || l.providerId,
      eventTitle: l.eventTitle || l.eventId,
      reason: l.reason,
      // The words come with the code; a code without words is shown as sent.
      text: (lang) => (lang === 'fr' ? l.text.fr : l.text.en) || l.reason,
    })),
    payableTotal: body.payable,
    blockedTotal: body.blocked,
  };
}
