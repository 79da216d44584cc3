import { failureMessage } from '../../shared/failure';
import { HttpError, NetworkError } from '../../shared/http';
import { message, translate, type Localized } from '../../shared/i18n';
import { refundableCardPayments, type Payment } from './file-model';
import { formatMoney, parseAmount, toCents } from '../shared/money';
import { isIsoDay } from './query';

// Recording a cheque or transfer, and refunds: the checks made before sending, the bodies of
// POST …/payments and POST …/refunds, and the request id that makes a retried refund refund once.

export type ManualMethod = 'cheque' | 'transfer';
export type RefundMethod = 'card' | ManualMethod;

export interface PaymentInput {
  amount: string;
  method: string;
  reference: string;
  receivedOn: string;
}

export interface PaymentBody {
  amount: number;
  method: ManualMethod;
  reference: string;
  receivedOn: string;
}

export type Checked<B> = { ok: true; body: B } | { ok: false; errors: Map<string, Localized> };

const MAX_REFERENCE = 100;
const atMost =
  (key: 'admin.registrations.refund.overPayment' | 'admin.registrations.refund.overPaid', max: number): Localized =>
  (lang) =>
    translate(lang, key, { max: formatMoney(max, lang) });
const isManual = (method: string): method is ManualMethod => method === 'cheque' || method === 'transfer';

/** today: yyyy-MM-dd in the event's time zone; money cannot be received in the future. */
export function checkPayment(input: PaymentInput, today: string): Checked<PaymentBody> {
  const errors = new Map<string, Localized>();
  const amount = parseAmount(input.amount);
  if (amount === null) errors.set('amount', message('admin.registrations.pay.amountInvalid'));
  if (!isManual(input.method)) errors.set('method', message('admin.registrations.pay.methodRequired'));
  const reference = input.reference.trim();
  if (reference === '') errors.set('reference', message('admin.registrations.pay.referenceRequired'));
  else if (reference.length > MAX_REFERENCE) errors.set('reference', message('admin.registrations.pay.referenceTooLong'));
  if (!isIsoDay(input.receivedOn)) errors.set('receivedOn', message('admin.registrations.pay.dateInvalid'));
  else if (input.receivedOn > today) errors.set('receivedOn', message('admin.registrations.pay.dateFuture'));
  if (errors.size > 0 || amount === null || !isManual(input.method)) return { ok: false, errors };
  return { ok: true, body: { amount, method: input.method, reference, receivedOn: input.receivedOn } };
}

export interface RefundInput {
  amount: string;
  method: string;
  paymentId: string;
  reference: string;
}

export interface RefundBody {
  requestId: string;
  amount: number;
  method: RefundMethod;
  paymentId?: string;
  reference?: string;
}

/**
 * The most this refund may give back, as the server caps it: what was paid net of earlier refunds,
 * and for a card refund no more than what is left of the chosen payment (0 when none is chosen).
 */
export function maxRefund(input: Pick<RefundInput, 'method' | 'paymentId'>, payments: readonly Payment[], netPaid: number): number {
  const paid = Math.max(0, toCents(netPaid));
  if (input.method !== 'card') return paid / 100;
  const payment = refundableCardPayments(payments).find((candidate) => candidate.id === input.paymentId);
  return payment ? Math.min(paid, toCents(payment.refundable)) / 100 : 0;
}

/**
 * A card refund names one card payment and may not exceed what is left of it; a manual refund
 * (cheque, transfer) needs its reference; neither may exceed what was paid net of earlier refunds
 * ({@link maxRefund}).
 */
export function checkRefund(
  input: RefundInput,
  payments: readonly Payment[],
  netPaid: number,
  requestId: string,
): Checked<RefundBody> {
  const errors = new Map<string, Localized>();
  const amount = parseAmount(input.amount);
  if (amount === null) errors.set('amount', message('admin.registrations.pay.amountInvalid'));

  if (input.method === 'card') {
    const payment = refundableCardPayments(payments).find((candidate) => candidate.id === input.paymentId);
    const max = maxRefund(input, payments, netPaid);
    if (!payment) errors.set('paymentId', message('admin.registrations.refund.paymentRequired'));
    else if (amount !== null && toCents(amount) > toCents(max))
      errors.set('amount', atMost(max < payment.refundable ? 'admin.registrations.refund.overPaid' : 'admin.registrations.refund.overPayment', max));
    if (errors.size > 0 || amount === null || !payment) return { ok: false, errors };
    return { ok: true, body: { requestId, amount, method: 'card', paymentId: payment.id } };
  }

  if (!isManual(input.method)) errors.set('method', message('admin.registrations.pay.methodRequired'));
  const reference = input.reference.trim();
  if (reference === '') errors.set('reference', message('admin.registrations.pay.referenceRequired'));
  else if (reference.length > MAX_REFERENCE) errors.set('reference', message('admin.registrations.pay.referenceTooLong'));
  const max = maxRefund(input, payments, netPaid);
  if (amount !== null && toCents(amount) > toCents(max)) errors.set('amount', atMost('admin.registrations.refund.overPaid', max));
  if (errors.size > 0 || amount === null || !isManual(input.method)) return { ok: false, errors };
  return { ok: true, body: { requestId, amount, method: input.method, reference } };
}

export { newRequestId, RequestKey } from '../shared/request-key';

/** Payments oldest first, refunds (negative) included, as the file lists them. */
export function sumPayments(payments: readonly Payment[]): number {
  return payments.reduce((sum, payment) => sum + toCents(payment.amount), 0) / 100;
}

/**
 * Why a refund failed when the server's answer was no refusal to show. Only when nothing is known of
 * the send (no answer, or a 5xx) does it add that trying again is safe.
 */
export function refundFailure(error: unknown): Localized {
  const cause = failureMessage(error);
  const unknownOutcome = error instanceof NetworkError || (error instanceof HttpError && error.status >= 500);
  return unknownOutcome ? (lang) => `${cause(lang)} ${translate(lang, 'admin.registrations.refund.retry')}` : cause;
}
