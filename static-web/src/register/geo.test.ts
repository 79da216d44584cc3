import { describe, expect, it } from 'vitest';
import { distanceMetres, layoutMap, osmLink, scaleBar } from './geo';

describe('the local plan', () => {
  const adagio = { lat: 45.4397, lon: 4.3872 };
  const venue = { lat: 45.4343, lon: 4.3907 };

  it('measures distances in metres', () => {
    expect(Math.round(distanceMetres(adagio, venue))).toBeGreaterThan(600);
    expect(Math.round(distanceMetres(adagio, venue))).toBeLessThan(700);
  });

  it('puts north up and east right, inside the margins, keeping proportions', () => {
    const { points } = layoutMap([adagio, venue], 360, 220, 30);
    const [hotel, place] = points;
    expect(hotel!.y).toBeLessThan(place!.y); // the hotel is north of the venue
    expect(hotel!.x).toBeLessThan(place!.x); // and west of it
    for (const point of points) {
      expect(point.x).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(point.x).toBeLessThanOrEqual(330 + 1e-6);
      expect(point.y).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(point.y).toBeLessThanOrEqual(190 + 1e-6);
    }
  });

  it('centres a lone point and picks a round scale', () => {
    expect(layoutMap([adagio], 360, 220, 30).points).toEqual([{ x: 180, y: 110 }]);
    expect(scaleBar(5, 90)).toEqual({ metres: 250, units: 50 });
  });

  it('links to OpenStreetMap at the hotel', () => {
    expect(osmLink(adagio)).toBe('https://www.openstreetmap.org/?mlat=45.43970&mlon=4.38720#map=17/45.43970/4.38720');
  });
});
