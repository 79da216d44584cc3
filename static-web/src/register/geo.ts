// The hotel map is drawn locally (no tile server): points placed relative to each other on a
// flat projection, north up, with a scale bar.

export interface GeoPoint {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_M = 6_371_000;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface MapLayout {
  points: { x: number; y: number }[];
  metresPerUnit: number;
}

/**
 * Places points in a width × height box with a margin, keeping distances true in both directions
 * (equirectangular around the points' mean latitude). A lone point sits in the middle, with
 * `minSpanMetres` across the box.
 */
export function layoutMap(
  points: readonly GeoPoint[],
  width: number,
  height: number,
  margin: number,
  minSpanMetres = 600,
): MapLayout {
  if (points.length === 0) return { points: [], metresPerUnit: 1 };
  const meanLat = points.reduce((sum, point) => sum + point.lat, 0) / points.length;
  const flat = points.map((point) => ({
    x: rad(point.lon) * Math.cos(rad(meanLat)) * EARTH_RADIUS_M,
    y: -rad(point.lat) * EARTH_RADIUS_M,
  }));
  const xs = flat.map((point) => point.x);
  const ys = flat.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerW = Math.max(1, width - 2 * margin);
  const innerH = Math.max(1, height - 2 * margin);
  const spanX = Math.max(maxX - minX, minSpanMetres * (innerW / Math.max(innerW, innerH)));
  const spanY = Math.max(maxY - minY, minSpanMetres * (innerH / Math.max(innerW, innerH)));
  const metresPerUnit = Math.max(spanX / innerW, spanY / innerH);
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  return {
    metresPerUnit,
    points: flat.map((point) => ({
      x: width / 2 + (point.x - centreX) / metresPerUnit,
      y: height / 2 + (point.y - centreY) / metresPerUnit,
    })),
  };
}

const NICE_LENGTHS = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/** A round scale-bar length (metres) no longer than `maxUnits` on the map. */
export function scaleBar(metresPerUnit: number, maxUnits: number): { metres: number; units: number } {
  const fits = NICE_LENGTHS.filter((metres) => metres / metresPerUnit <= maxUnits);
  const metres = fits[fits.length - 1] ?? NICE_LENGTHS[0] ?? 10;
  return { metres, units: metres / metresPerUnit };
}

export function osmLink(point: GeoPoint, zoom = 17): string {
  const lat = point.lat.toFixed(5);
  const lon = point.lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}
