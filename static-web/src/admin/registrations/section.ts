import '../../register/register.css';
import './registrations.css';
import type { AdminSection } from '../section';
import { mountFile } from './file-view';
import { mountList } from './list-view';
import { READ_ROLES } from './roles';

// #/registrations?event=…&q=… lists an event's registrations; #/registrations/{id} opens one file.

export const registrationsSection: AdminSection = {
  path: 'registrations',
  label: 'admin.registrations.nav',
  roles: READ_ROLES,
  mount(context) {
    const id = context.params[0];
    return id ? mountFile(context, id) : mountList(context);
  },
};
