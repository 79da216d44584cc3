import { api, dataOf, type Schemas } from '../../shared/api/client';

// GET /api/admin/providers, read once for every section (event setup, registrations, finance, room blocks).

export type AdminProvider = Schemas['ProviderAdminView'];

/** Every provider as staff set it up (hotels, restaurants, venues…); throws HttpError when they cannot be read. */
export async function fetchProviderList(): Promise<AdminProvider[]> {
  return dataOf(await api.GET('/api/admin/providers'));
}

/** A provider in a chooser: named by its id when it has no name. */
export interface ProviderChoice {
  id: string;
  name: string;
  kind: string;
  city: string;
  /** Empty: the provider gets no answer link by email (staff reach it otherwise). */
  email: string;
}

/** The providers by name, for choosers and filters. */
export function providerChoices(providers: readonly AdminProvider[]): ProviderChoice[] {
  return providers
    .map((p) => ({ id: p.id, name: p.name.trim() || p.id, kind: p.kind, city: p.city, email: p.email.trim() }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Every provider by name; throws HttpError when they cannot be read. */
export const fetchProviders = async (): Promise<ProviderChoice[]> => providerChoices(await fetchProviderList());
