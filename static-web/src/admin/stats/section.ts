import { ht } from '../../shared/dom';
import type { AdminSection } from '../section';

// Placeholder until the section is built (issue 5, in progress).
export const statsSection: AdminSection = {
  path: 'stats',
  label: 'admin.stats.nav',
  roles: ['Admin', 'OperationsManager', 'Staff', 'Finance'],
  mount({ container }) {
    container.replaceChildren(ht('h1', 'admin.stats.nav'));
  },
};
