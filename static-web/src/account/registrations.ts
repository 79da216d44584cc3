import type { Schemas } from '../shared/api/client';
import { isMessageKey, translate, type Localized, type MessageKey } from '../shared/i18n';
import { statusTone, type Tone } from '../shared/status-tone';

// GET /api/attendee/registrations: one entry per registration made with the signed-in address.

/** accessToken opens GET /api/registrations/{id}?token= (the detail) and the confirmation page; number comes with the confirmation. */
export type AccountRegistration = Schemas['AttendeeRegistration'];

const instant = (value: string): number => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/** The list, newest first (the API already sorts so; kept here so the page never depends on it), each named by its event. */
export function accountRegistrations(list: readonly AccountRegistration[]): AccountRegistration[] {
  return list
    .map((entry, position) => ({ entry: { ...entry, eventTitle: entry.eventTitle.trim() || entry.registrationId }, position }))
    .sort((a, b) => instant(b.entry.createdAt) - instant(a.entry.createdAt) || a.position - b.position)
    .map(({ entry }) => entry);
}

export interface StatusBadge {
  label: Localized;
  tone: Tone;
}

/** A status as a readable badge: "En attente de paiement", "Confirmée"… An unknown status is shown as sent. */
export function statusBadge(status: string): StatusBadge {
  const key = `account.status.${status}`;
  return {
    label: (lang) => (isMessageKey(key) ? translate(lang, key as MessageKey) : status),
    tone: statusTone(status),
  };
}

/** Statuses in which the registration may still be paid (and gets its number once it is). */
export function isOpen(status: string): boolean {
  return status === 'AwaitingPayment' || status === 'Submitted';
}

/** What the "Number" line shows: the number, or why there is none yet. */
export function numberText(registration: Pick<AccountRegistration, 'number' | 'status'>): Localized {
  const { number, status } = registration;
  if (number) return () => number;
  return (lang) => translate(lang, isOpen(status) ? 'account.numberPending' : 'account.numberNone');
}

/** What is left to pay, in euros (cents kept exact); 0 once closed or fully paid. */
export function balanceOf(registration: Pick<AccountRegistration, 'total' | 'paid' | 'status'>): number {
  if (!isOpen(registration.status)) return 0;
  const cents = Math.round(registration.total * 100) - Math.round(registration.paid * 100);
  return Math.max(0, cents) / 100;
}
