import type { AdminSection } from './section';

// Hash routes of the back office: "#/{section}/{params...}?{query}". Pure functions, so that what
// the shell shows for an address (a section, "not allowed", "not found", the password form) is tested
// without a browser.

/** The shell's own page, reached from the signed-in block rather than from the section list. */
export const PASSWORD_PATH = 'password';

export interface Route {
  /** The first segment: a section's path, or '' for the bare "#/" (the default route). */
  path: string;
  params: string[];
  query: URLSearchParams;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape (%E9 alone) is kept as typed rather than breaking the page.
    return segment;
  }
}

/** "#/registrations/r%2F1?event=demo" → { path: 'registrations', params: ['r/1'], query: event=demo }. */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.replace(/^#/, '');
  const queryStart = withoutMark.indexOf('?');
  const pathPart = queryStart === -1 ? withoutMark : withoutMark.slice(0, queryStart);
  const queryPart = queryStart === -1 ? '' : withoutMark.slice(queryStart + 1);
  const segments = pathPart.split('/').filter((segment) => segment !== '').map(decodeSegment);
  return { path: segments[0] ?? '', params: segments.slice(1), query: new URLSearchParams(queryPart) };
}

/** The route as it goes after "#/" (what SectionContext.navigate takes): each part escaped. */
export function formatRoute(path: string, params: readonly string[] = [], query?: URLSearchParams | Record<string, string>): string {
  const segments = [path, ...params].map(encodeURIComponent).join('/');
  const search = new URLSearchParams(query).toString();
  return search === '' ? segments : `${segments}?${search}`;
}

/** The href of a route: "#/" + formatRoute(...). */
export function routeHref(path: string, params: readonly string[] = [], query?: URLSearchParams | Record<string, string>): string {
  return `#/${formatRoute(path, params, query)}`;
}

/** navigate('stats?event=demo') and navigate('#/stats?event=demo') both mean the same hash. */
export function hashOf(route: string): string {
  return `#/${route.replace(/^#?\/?/, '')}`;
}

export function canOpen(section: Pick<AdminSection, 'roles'>, roles: readonly string[]): boolean {
  return section.roles.some((role) => roles.includes(role));
}

/** The sections the roles open, in the order given (the navigation's order). */
export function sectionsFor<S extends Pick<AdminSection, 'roles'>>(sections: readonly S[], roles: readonly string[]): S[] {
  return sections.filter((section) => canOpen(section, roles));
}

export type Resolution<S> =
  /** "#/" or nothing: go to the first section the roles open (replacing the address, not adding to history). */
  | { kind: 'redirect'; to: string }
  | { kind: 'section'; section: S; route: Route }
  | { kind: 'password' }
  /** A section exists at this path but none of the roles opens it. */
  | { kind: 'forbidden'; section: S }
  | { kind: 'notFound'; path: string }
  /** The roles open no section at all. */
  | { kind: 'empty' };

export function resolveRoute<S extends Pick<AdminSection, 'path' | 'roles'>>(
  hash: string,
  sections: readonly S[],
  roles: readonly string[],
): Resolution<S> {
  const route = parseRoute(hash);
  if (route.path === PASSWORD_PATH) return { kind: 'password' };
  if (route.path === '') {
    const first = sectionsFor(sections, roles)[0];
    return first ? { kind: 'redirect', to: routeHref(first.path) } : { kind: 'empty' };
  }
  const section = sections.find((candidate) => candidate.path === route.path);
  if (!section) return { kind: 'notFound', path: route.path };
  if (!canOpen(section, roles)) return { kind: 'forbidden', section };
  return { kind: 'section', section, route };
}
