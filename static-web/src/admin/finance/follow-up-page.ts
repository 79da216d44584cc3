import { withEvent } from '../roomblocks/event-area';
import type { SectionContext } from '../section';
import { fetchEventFollowUp } from './api';
import { financeFrame, loadInto } from './frame';
import { followUpView } from './follow-up-view';
import { screenRoute } from './route';

// #/finance?event=…: the event's provider follow-up.

export function mountFollowUp(context: SectionContext): () => void {
  const page = financeFrame(context, 'followUp');
  const route = (event: string) => screenRoute('followUp', null, { event });
  withEvent(
    context,
    page,
    (event) =>
      loadInto(page.body, page, { loading: 'admin.finance.loading', failed: 'admin.finance.followUp.failed' }, () => fetchEventFollowUp(event.id), (followUp) =>
        page.body.replaceChildren(...followUpView(followUp, false)),
      ),
    { route, pickEvent: 'admin.finance.pickEvent' },
  );
  return page.dispose;
}
