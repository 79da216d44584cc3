import type { ProviderKey } from './i18n-fr';

// Texts of the provider space (/provider/), English.

export const providerEn = {
  'provider.title': 'Provider space',
  'provider.heading': 'Provider space',
  'provider.intro': 'Hotels, restaurants, venues and other providers: you reach your space through the personal link we email to you.',
  'provider.noPassword': 'No password is needed. Each link is personal, works once and is valid for a limited time: please do not forward it.',
  'provider.requestHeading': 'Link expired or lost?',
  'provider.requestIntro': 'Enter the email address the organiser writes to: we will send a new link there. Also check your spam folder.',
  'provider.requestSubmit': 'Get a new link',
  'provider.requestSent': "If this address belongs to a provider, a new link has just been sent to it. It is valid for a few days and works once.",
  'provider.requestTooMany': 'Too many requests for now. Try again in an hour, or look for the last email you received.',
  'provider.checking': 'Checking the link…',
  'provider.linkHeading': 'Your personal link',
  'provider.linkFor': 'This link opens the provider space of:',
  'provider.linkOpens': 'There you will find what the organiser shares with you. The link works once: once opened, your session stays active for 8 hours.',
  'provider.linkExpires': 'Valid until {date}.',
  'provider.open': 'Open my space',
  'provider.opening': 'Opening…',
  'provider.unusableHeading': 'This link can no longer be used',
  'provider.unusableBody': 'It has expired, has already been used or is incomplete. Ask for a new link below: it will be emailed to you.',
  'provider.spaceHeading': 'Welcome, {name}',
  'provider.signedIn': 'You are signed in to the provider space.',
  'provider.comingNext': 'Planning, reservations and rooming lists will arrive here with the next step of the project. For now, this space only confirms your access.',
  'provider.logout': 'Sign out',
  'provider.loggedOut': 'You are signed out. To come back, use a new link.',
} as const satisfies Record<ProviderKey, string>;
