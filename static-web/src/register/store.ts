import { emptyContact, emptyParticipant, type BasketState } from './basket';

// The basket survives a reload: it is kept in sessionStorage (this tab only, gone when it closes).
// No password is typed in the form any more (the attendee space gets its password through an
// emailed link); a contact saved by an older version may still hold one: it is dropped on load.

export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const stateKey = (eventId: string): string => `congres.register.${eventId}`;

export function browserSession(): SessionStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function loadState(storage: SessionStore | null, eventId: string): BasketState | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(stateKey(eventId)) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<BasketState> | null;
    if (!value || value.version !== 1 || value.eventId !== eventId) return null;
    if (!Array.isArray(value.participants) || !Array.isArray(value.lines) || !Array.isArray(value.done)) return null;
    return {
      ...(value as BasketState),
      participants: value.participants.length > 0
        ? value.participants.map((participant) => ({ ...emptyParticipant(), ...participant }))
        : [emptyParticipant()],
      contact: withoutPassword({ ...emptyContact(), ...value.contact }),
    };
  } catch {
    return null;
  }
}

function withoutPassword<T extends object>(contact: T): T {
  const { password: _password, ...rest } = contact as T & { password?: unknown };
  return rest as T;
}

export function saveState(storage: SessionStore | null, state: BasketState): void {
  try {
    storage?.setItem(stateKey(state.eventId), JSON.stringify(state));
  } catch {
    // Quota or privacy mode: the basket lasts as long as the page.
  }
}

export function clearState(storage: SessionStore | null, eventId: string): void {
  try {
    storage?.removeItem(stateKey(eventId));
  } catch {
    // Nothing to do.
  }
}
