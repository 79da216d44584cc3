import { isRec, num, numOrNull, records, str, strOrNull, strings } from '../shared/read';

// The summary of a request (document de synthèse) as the server sends it, and the table built from it:
// one row per provider asked, one column per night and room type, a totals row and the capacity per night.

export interface SummaryCell {
  rooms: number;
  price: number | null;
}

export interface SummaryRow {
  providerId: string;
  providerName: string;
  city: string;
  /** Null: the provider has not submitted an answer (a draft is not an answer). */
  answeredAt: string | null;
  /** Keyed "yyyy-MM-dd|type". */
  cells: Record<string, SummaryCell>;
}

export interface Summary {
  number: string;
  nights: string[];
  types: string[];
  rows: SummaryRow[];
  roomsPerNightAndType: Record<string, number>;
  roomsPerNight: Record<string, number>;
}

export const cellKey = (night: string, type: string): string => `${night}|${type}`;

function counts(value: unknown): Record<string, number> {
  const result: Record<string, number> = {};
  if (isRec(value)) for (const [key, n] of Object.entries(value)) result[key] = num(n);
  return result;
}

/** Null when the body is not a summary. */
export function parseSummary(body: unknown): Summary | null {
  if (!isRec(body) || !Array.isArray(body.nights) || !Array.isArray(body.rows)) return null;
  return {
    number: str(body.number),
    nights: strings(body.nights),
    types: strings(body.types),
    rows: records(body.rows).map((row) => {
      const cells: Record<string, SummaryCell> = {};
      if (isRec(row.cells))
        for (const [key, cell] of Object.entries(row.cells)) if (isRec(cell)) cells[key] = { rooms: num(cell.rooms), price: numOrNull(cell.price) };
      return {
        providerId: str(row.providerId),
        providerName: str(row.providerName) || str(row.providerId),
        city: str(row.city),
        answeredAt: strOrNull(row.answeredAt),
        cells,
      };
    }),
    roomsPerNightAndType: counts(body.roomsPerNightAndType),
    roomsPerNight: counts(body.roomsPerNight),
  };
}

export interface Column {
  night: string;
  type: string;
  key: string;
}

export interface TableRow {
  providerId: string;
  providerName: string;
  city: string;
  answeredAt: string | null;
  /** One per column; null: nothing offered for that night and type (or no answer at all). */
  cells: (SummaryCell | null)[];
}

export interface SummaryTable {
  /** The first header row: each night over its types. */
  nights: { night: string; span: number }[];
  columns: Column[];
  rows: TableRow[];
  /** Rooms offered per column, all providers together. */
  totals: number[];
  /** Rooms offered per night, all types together (the capacity per night). */
  capacity: { night: string; rooms: number }[];
}

/**
 * The table of the summary. Totals are the server's; a total it did not send is summed from the
 * rows, so the totals row never shows less than what the rows above it add up to.
 */
export function summaryTable(summary: Summary): SummaryTable {
  const columns = summary.nights.flatMap((night) => summary.types.map((type) => ({ night, type, key: cellKey(night, type) })));
  const rows = summary.rows.map((row) => ({
    providerId: row.providerId,
    providerName: row.providerName,
    city: row.city,
    answeredAt: row.answeredAt,
    cells: columns.map((column) => (row.answeredAt === null ? null : row.cells[column.key] ?? null)),
  }));
  const summed = (index: number) => rows.reduce((total, row) => total + (row.cells[index]?.rooms ?? 0), 0);
  const totals = columns.map((column, i) => summary.roomsPerNightAndType[column.key] ?? summed(i));
  const capacity = summary.nights.map((night) => ({
    night,
    rooms: summary.roomsPerNight[night] ?? columns.reduce((total, column, i) => total + (column.night === night ? totals[i] ?? 0 : 0), 0),
  }));
  return { nights: summary.nights.map((night) => ({ night, span: summary.types.length })), columns, rows, totals, capacity };
}

/** Providers whose answer can be accepted: those that submitted one. */
export const answered = (table: SummaryTable): TableRow[] => table.rows.filter((row) => row.answeredAt !== null);
