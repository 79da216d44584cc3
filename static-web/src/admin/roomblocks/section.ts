import '../registrations/registrations.css';
import './roomblocks.css';
import type { AdminSection } from '../section';
import { onSessionEnded } from '../../shared/api/session-end';
import { mountNewRequest } from './form-view';
import { mountList } from './list-view';
import { mountRequest } from './request-view';
import { routeOf, SECTION_PATH } from './route';

/** Room blocks (allotements, docs/room-blocks.md): an event's requests to hotels, their answers, accepting them. */
export const roomBlocksSection: AdminSection = {
  path: SECTION_PATH,
  label: 'admin.roomBlocks.nav',
  // The server's Operations policy: Finance reads nothing here.
  roles: ['Admin', 'OperationsManager', 'Staff'],
  mount(context) {
    const release = onSessionEnded(context.sessionEnded);
    const route = routeOf(context.params);
    const unmount =
      route.screen === 'list' ? mountList(context) : route.screen === 'new' ? mountNewRequest(context) : mountRequest(context, route.number);
    return () => {
      release();
      unmount();
    };
  },
};
