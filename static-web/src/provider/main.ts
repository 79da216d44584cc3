import { h, ht } from '../shared/dom';
import { mountPage } from '../shared/layout';

// Providers reach their space through emailed magic links; asking for a new link by email comes
// with the provider-space feature. Until then the page says truthfully whom to ask.
const main = mountPage({ section: 'provider', title: 'provider.title' });

main.append(
  h(
    'div',
    { class: 'narrow' },
    h(
      'section',
      { class: 'page-intro' },
      ht('h1', 'provider.heading'),
      ht('p', 'provider.intro', { class: 'lead' }),
      ht('p', 'provider.noPassword'),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'provider-request-heading' },
      ht('h2', 'provider.requestHeading', { id: 'provider-request-heading' }),
      ht('p', 'provider.requestIntro', { class: 'muted' }),
    ),
  ),
);
