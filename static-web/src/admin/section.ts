import type { MessageKey } from '../shared/i18n';
import type { StaffMember } from './staff-api';

/** What the back-office shell gives a section when it shows it. */
export interface SectionContext {
  staff: StaffMember;
  /** Where the section renders; the shell empties it before each mount. */
  container: HTMLElement;
  /** The parts of the hash route after the section's own path: "#/registrations/r123" → ["r123"]. */
  params: readonly string[];
  /** Query of the hash route: "#/registrations?event=demo" → event=demo. */
  query: URLSearchParams;
  /** Goes to another route of the back office, e.g. navigate('registrations/r123'). */
  navigate(route: string): void;
  /**
   * Tells the shell that an API call answered 401: the session has ended (signed out elsewhere,
   * password changed in another session). The shell shows the sign-in form again.
   */
  sessionEnded(): void;
}

/** One area of the back office, reached at #/{path}; the shell lists only those the staff member's roles open. */
export interface AdminSection {
  path: string;
  label: MessageKey;
  /** Roles that see the section (the server enforces the same rules on every call). */
  roles: readonly string[];
  /** Renders the section; the function returned, if any, runs when the shell leaves it. */
  mount(context: SectionContext): void | (() => void);
}
