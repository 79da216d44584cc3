import '../../register/register.css';
import './registrations.css';
import type { AdminSection } from '../section';
import { onSessionEnded } from '../../shared/api/session-end';
import { mountFile } from './file-view';
import { mountList } from './list-view';
import { READ_ROLES } from './roles';

// #/registrations?event=…&q=… lists an event's registrations; #/registrations/{id} opens one file.

export const registrationsSection: AdminSection = {
  path: 'registrations',
  label: 'admin.registrations.nav',
  roles: READ_ROLES,
  mount(context) {
    const release = onSessionEnded(context.sessionEnded);
    const id = context.params[0];
    const unmount = id ? mountFile(context, id) : mountList(context);
    return () => {
      release();
      unmount();
    };
  },
};
