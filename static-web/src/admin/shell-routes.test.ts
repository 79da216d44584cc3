import { describe, expect, it } from 'vitest';
import { ADMIN_SECTIONS } from './shell-sections';
import { formatRoute, hashOf, parseRoute, PASSWORD_PATH, resolveRoute, routeHref, sectionsFor } from './shell-routes';

const sections = [
  { path: 'registrations', roles: ['Admin', 'OperationsManager', 'Staff', 'Finance'] },
  { path: 'events', roles: ['Admin', 'OperationsManager', 'Staff'] },
  { path: 'stats', roles: ['Admin', 'OperationsManager', 'Staff', 'Finance'] },
  { path: 'users', roles: ['Admin'] },
];

describe('parseRoute', () => {
  it('splits section, params and query', () => {
    const route = parseRoute('#/registrations/r123/history?event=demo&page=2');
    expect(route.path).toBe('registrations');
    expect(route.params).toEqual(['r123', 'history']);
    expect(route.query.get('event')).toBe('demo');
    expect(route.query.get('page')).toBe('2');
  });

  it('decodes escaped params and keeps malformed escapes as typed', () => {
    expect(parseRoute('#/users/anne%40exemple.fr').params).toEqual(['anne@exemple.fr']);
    expect(parseRoute('#/users/%E9t%C3%A9').params).toEqual(['%E9t%C3%A9']);
  });

  it('reads the bare hash, "#/" and stray slashes as the default route', () => {
    expect(parseRoute('').path).toBe('');
    expect(parseRoute('#/').path).toBe('');
    expect(parseRoute('#//stats//').path).toBe('stats');
    expect(parseRoute('#/?event=x').query.get('event')).toBe('x');
  });
});

describe('formatRoute', () => {
  it('escapes each part so that parseRoute gives them back', () => {
    const route = formatRoute('users', ['a/b@c.fr'], { event: 'Séminaire 2026' });
    expect(route).toBe('users/a%2Fb%40c.fr?event=S%C3%A9minaire+2026');
    const back = parseRoute(`#/${route}`);
    expect(back.params).toEqual(['a/b@c.fr']);
    expect(back.query.get('event')).toBe('Séminaire 2026');
  });

  it('leaves out an empty query', () => {
    expect(routeHref('stats')).toBe('#/stats');
    expect(routeHref('stats', [], new URLSearchParams())).toBe('#/stats');
  });

  it('accepts routes with or without the leading mark', () => {
    expect(hashOf('stats?event=demo')).toBe('#/stats?event=demo');
    expect(hashOf('#/stats')).toBe('#/stats');
    expect(hashOf('/users/new')).toBe('#/users/new');
  });
});

describe('role filtering', () => {
  it('lists only the sections a role opens, in the given order', () => {
    expect(sectionsFor(sections, ['Finance']).map((s) => s.path)).toEqual(['registrations', 'stats']);
    expect(sectionsFor(sections, ['Staff', 'Admin']).map((s) => s.path)).toEqual(['registrations', 'events', 'stats', 'users']);
    expect(sectionsFor(sections, [])).toEqual([]);
  });

  it('keeps the back office order: registrations, events, room blocks, stats, finance, users', () => {
    expect(ADMIN_SECTIONS.map((s) => s.path)).toEqual(['registrations', 'events', 'room-blocks', 'stats', 'finance', 'users']);
  });

  it('opens finance to Admin and Finance only', () => {
    const finance = ADMIN_SECTIONS.find((s) => s.path === 'finance');
    expect(finance?.roles).toEqual(['Admin', 'Finance']);
    expect(sectionsFor(ADMIN_SECTIONS, ['Staff', 'OperationsManager']).map((s) => s.path)).not.toContain('finance');
    expect(sectionsFor(ADMIN_SECTIONS, ['Finance']).map((s) => s.path)).toContain('finance');
  });

  it('opens users to Admins only and statistics to every staff role', () => {
    const users = ADMIN_SECTIONS.find((s) => s.path === 'users');
    const stats = ADMIN_SECTIONS.find((s) => s.path === 'stats');
    expect(users?.roles).toEqual(['Admin']);
    expect(stats?.roles).toEqual(['Admin', 'OperationsManager', 'Staff', 'Finance']);
  });

  it('gives no section the path the shell keeps for the password form', () => {
    expect(ADMIN_SECTIONS.map((s) => s.path)).not.toContain(PASSWORD_PATH);
  });
});

describe('resolveRoute', () => {
  it('sends the bare address to the first section the roles open', () => {
    expect(resolveRoute('', sections, ['Admin'])).toEqual({ kind: 'redirect', to: '#/registrations' });
    expect(resolveRoute('#/', [sections[3]!, sections[2]!], ['Finance'])).toEqual({ kind: 'redirect', to: '#/stats' });
  });

  it('opens an allowed section with its params and query', () => {
    const result = resolveRoute('#/stats?event=demo', sections, ['Finance']);
    expect(result.kind).toBe('section');
    if (result.kind !== 'section') return;
    expect(result.section.path).toBe('stats');
    expect(result.route.query.get('event')).toBe('demo');
  });

  it('says "not allowed" for a section the roles do not open, and "not found" for an unknown path', () => {
    expect(resolveRoute('#/users', sections, ['Staff', 'Finance'])).toEqual({ kind: 'forbidden', section: sections[3] });
    expect(resolveRoute('#/nowhere', sections, ['Admin'])).toEqual({ kind: 'notFound', path: 'nowhere' });
  });

  it('shows the password form to everyone and an empty state to an account without roles', () => {
    expect(resolveRoute('#/password', sections, [])).toEqual({ kind: 'password' });
    expect(resolveRoute('#/', sections, [])).toEqual({ kind: 'empty' });
    expect(resolveRoute('#/stats', sections, []).kind).toBe('forbidden');
  });
});
