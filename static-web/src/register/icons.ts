// Line icons (24 × 24, drawn with the current text colour), inline so the page needs no icon font.

const SHAPES = {
  participants: [
    'M9 11.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z',
    'M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6',
    'M16.5 11a2.6 2.6 0 1 0 0-5.2',
    'M17.5 14.2c2.4.5 4 2.6 4 5.8',
  ],
  fee: ['M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4z', 'M15 7v2', 'M15 11v2', 'M15 15v2'],
  accommodation: ['M3 5v14', 'M3 15h18v4', 'M21 15v-3a3 3 0 0 0-3-3h-7v6', 'M7 12.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z'],
  catering: ['M7 3v18', 'M4 3v5a3 3 0 0 0 6 0V3', 'M18 21V3c-2.2 1.4-3.5 4-3.5 7.5V14H18'],
  evenings: ['M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z', 'M17 3v3', 'M15.5 4.5h3'],
  visits: ['M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z', 'M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z'],
  other: ['M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z'],
  basket: [
    'M2.5 4h2.3l2.5 11h10.4l2.3-7.5H6',
    'M9 20.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
    'M17 20.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  ],
  contact: [
    'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z',
    'M9 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
    'M5.5 16.5c.6-1.5 2-2.4 3.5-2.4s2.9.9 3.5 2.4',
    'M14.5 10h4',
    'M14.5 14h4',
  ],
  payment: ['M5 6h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z', 'M3 10.5h18', 'M7 15h4'],
  confirmation: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M8 12.5l2.8 2.8L16.2 9.6'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
} as const;

export type IconName = keyof typeof SHAPES;

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of SHAPES[name]) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** The icon of an API step kind; unknown ("free") steps get a star. */
export function stepIcon(kind: string): IconName {
  switch (kind) {
    case 'participants':
    case 'fee':
    case 'accommodation':
    case 'catering':
    case 'evenings':
    case 'visits':
      return kind;
    default:
      return 'other';
  }
}
