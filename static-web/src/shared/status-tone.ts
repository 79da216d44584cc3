// How a registration's status looks in a badge, the same in the back office and the attendee space.

export type Tone = 'success' | 'warning' | 'neutral' | 'danger';

const TONES: Readonly<Record<string, Tone>> = {
  AwaitingPayment: 'warning',
  Submitted: 'warning',
  Confirmed: 'success',
  Expired: 'neutral',
  Cancelled: 'danger',
  Refused: 'danger',
};

/** An unknown status is neutral. */
export const statusTone = (status: string): Tone => TONES[status] ?? 'neutral';
