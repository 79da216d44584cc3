// One id per money request (a refund, a payout), so that a retry after an unknown outcome is never done twice.

/**
 * A random UUID (v4). crypto.randomUUID exists only in secure contexts (https, localhost); an
 * admin opened over plain http on a LAN address still needs ids, and getRandomValues works there.
 */
export function newRequestId(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The request id of one refund dialog. It stays the same while the outcome of a send is unknown
 * (network failure, 5xx) or when the server answered a conflict (409: perhaps an earlier send went
 * through), so that a retry can never refund twice. It changes only after the server refused the
 * request as invalid (400: nothing was refunded), so that the corrected request is a new one.
 */
export class RequestKey {
  #current: string;

  constructor(private readonly newId: () => string = newRequestId) {
    this.#current = newId();
  }

  get current(): string {
    return this.#current;
  }

  /** Call with the answer's status (null when no answer came back) and its problem type. */
  settle(status: number | null, problem = ''): void {
    // 400, or Stripe's refusal (502 refund-refused): nothing was refunded, the next try is a new request.
    if (status === 400 || (status === 502 && problem === 'refund-refused')) this.#current = this.newId();
  }
}
