import { formatRoute } from '../shell-routes';

// #/finance?event=… the provider follow-up; #/finance/commissions?event=…&from=…&to=…&provider=…;
// #/finance/providers and #/finance/providers/{id} (bank details); #/finance/payouts and
// #/finance/payouts/{id} (emails about a payout file link there); #/finance/accounting.

export const SECTION_PATH = 'finance';

export type Screen = 'followUp' | 'commissions' | 'providers' | 'payouts' | 'accounting';
export const SCREENS: readonly Screen[] = ['followUp', 'commissions', 'providers', 'payouts', 'accounting'];

export type Route =
  | { screen: 'followUp' | 'commissions' | 'accounting' }
  | { screen: 'providers'; providerId: string | null }
  | { screen: 'payouts'; batchId: string | null };

export function routeOf(params: readonly string[]): Route {
  const [first, second] = params;
  switch (first) {
    case 'commissions':
    case 'accounting':
      return { screen: first };
    case 'providers':
      return { screen: 'providers', providerId: second || null };
    case 'payouts':
      return { screen: 'payouts', batchId: second || null };
    default:
      return { screen: 'followUp' };
  }
}

const PATHS: Readonly<Record<Screen, string[]>> = {
  followUp: [],
  commissions: ['commissions'],
  providers: ['providers'],
  payouts: ['payouts'],
  accounting: ['accounting'],
};

/** The route of a screen (after "#/"), with its query: empty values are left out. */
export function screenRoute(screen: Screen, id: string | null = null, query: Record<string, string> = {}): string {
  const kept = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
  return formatRoute(SECTION_PATH, id ? [...PATHS[screen], id] : PATHS[screen], kept);
}
