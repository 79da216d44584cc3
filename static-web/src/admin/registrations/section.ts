import { ht } from '../../shared/dom';
import type { AdminSection } from '../section';

// Placeholder until the section is built (issue 5, in progress).
export const registrationsSection: AdminSection = {
  path: 'registrations',
  label: 'admin.registrations.nav',
  roles: ['Admin', 'OperationsManager', 'Staff', 'Finance'],
  mount({ container }) {
    container.replaceChildren(ht('h1', 'admin.registrations.nav'));
  },
};
