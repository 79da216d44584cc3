import { setAttr } from '../shared/dom';
import { translate, type Lang } from '../shared/i18n';
import type { RegisterApp } from './app';
import { layoutMap, scaleBar, type GeoPoint } from './geo';
import type { Hotel } from './model';

// A small plan drawn in SVG (no tiles, no network): the hotel, the event venue when its position is
// known, and the event's other hotels for reference; north up, with a scale bar.

const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = 36;
const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function label(x: number, y: number, text: string, className: string): SVGTextElement {
  const anchor = x > WIDTH * 0.66 ? 'end' : x < WIDTH * 0.33 ? 'start' : 'middle';
  const node = el('text', { x, y: y - 12, 'text-anchor': anchor, class: className });
  node.textContent = text.length > 34 ? `${text.slice(0, 33)}…` : text;
  return node;
}

interface Place {
  point: GeoPoint;
  kind: 'hotel' | 'venue' | 'other';
  name: string;
}

export function hotelMap(app: RegisterApp, hotel: Hotel): SVGSVGElement {
  const event = app.form.event;
  const places: Place[] = [];
  for (const other of app.form.hotels) {
    if (other.id !== hotel.id && other.latitude !== null && other.longitude !== null) {
      places.push({ point: { lat: other.latitude, lon: other.longitude }, kind: 'other', name: other.name });
    }
  }
  if (event.latitude !== null && event.longitude !== null) {
    places.push({ point: { lat: event.latitude, lon: event.longitude }, kind: 'venue', name: event.venue || event.city });
  }
  places.push({ point: { lat: hotel.latitude ?? 0, lon: hotel.longitude ?? 0 }, kind: 'hotel', name: hotel.name });

  const layout = layoutMap(places.map((place) => place.point), WIDTH, HEIGHT, MARGIN);
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'plan', role: 'img' });
  svg.append(el('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'plan__ground' }));
  for (let x = 30; x < WIDTH; x += 60) svg.append(el('line', { x1: x, y1: 0, x2: x, y2: HEIGHT, class: 'plan__grid' }));
  for (let y = 20; y < HEIGHT; y += 60) svg.append(el('line', { x1: 0, y1: y, x2: WIDTH, y2: y, class: 'plan__grid' }));

  const hotelIndex = places.length - 1;
  const venueIndex = places.findIndex((place) => place.kind === 'venue');
  const hotelAt = layout.points[hotelIndex]!;
  const venueAt = venueIndex >= 0 ? layout.points[venueIndex] : undefined;
  if (venueAt) {
    svg.append(el('line', { x1: hotelAt.x, y1: hotelAt.y, x2: venueAt.x, y2: venueAt.y, class: 'plan__route' }));
  }
  places.forEach((place, index) => {
    const at = layout.points[index]!;
    if (place.kind === 'other') {
      svg.append(el('circle', { cx: at.x, cy: at.y, r: 4, class: 'plan__other' }));
      return;
    }
    if (place.kind === 'venue') {
      svg.append(el('rect', { x: at.x - 7, y: at.y - 7, width: 14, height: 14, rx: 2, class: 'plan__venue' }));
      svg.append(label(at.x, at.y, place.name, 'plan__label plan__label--venue'));
      return;
    }
    svg.append(el('path', { d: `M${at.x} ${at.y} l-8 -14 a9 9 0 1 1 16 0 z`, class: 'plan__pin' }));
    svg.append(el('circle', { cx: at.x, cy: at.y - 17, r: 3.2, class: 'plan__pin-dot' }));
    svg.append(label(at.x, at.y - 20, place.name, 'plan__label'));
  });

  const scale = scaleBar(layout.metresPerUnit, WIDTH / 4);
  const y = HEIGHT - 14;
  svg.append(el('path', { d: `M12 ${y - 4} v4 h${scale.units} v-4`, class: 'plan__scale' }));
  const scaleText = el('text', { x: 12, y: y - 7, class: 'plan__small' });
  scaleText.textContent = scale.metres >= 1000 ? `${scale.metres / 1000} km` : `${scale.metres} m`;
  svg.append(scaleText);
  svg.append(el('path', { d: `M${WIDTH - 18} 30 l-6 0 l6 -16 l6 16 z`, class: 'plan__north' }));
  const north = el('text', { x: WIDTH - 18, y: 44, 'text-anchor': 'middle', class: 'plan__small' });
  north.textContent = 'N';
  svg.append(north);

  return setAttr(svg, 'aria-label', (lang: Lang) =>
    translate(lang, venueAt ? 'reg.map.withVenue' : 'reg.map.alone', { hotel: hotel.name, venue: event.venue || event.city }),
  );
}
