import { eventsSection } from './events/section';
import { financeSection } from './finance/section';
import { registrationsSection } from './registrations/section';
import { roomBlocksSection } from './roomblocks/section';
import type { AdminSection } from './section';
import { statsSection } from './stats/section';
import { usersSection } from './users/section';

/** Every area of the back office, in the navigation's order; the shell shows those the roles open. */
export const ADMIN_SECTIONS: readonly AdminSection[] = [registrationsSection, eventsSection, roomBlocksSection, statsSection, financeSection, usersSection];
