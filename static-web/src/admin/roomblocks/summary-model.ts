import type { Schemas } from '../../shared/api/client';

// The summary of a request (document de synthèse) as the server sends it, and the table built from it:
// one row per provider asked, one column per night and room type, a totals row and the capacity per night.

export type SummaryCell = Schemas['SummaryCell'];
/** answeredAt null: the provider has not submitted an answer (a draft is not an answer); cells keyed "yyyy-MM-dd|type". */
export type SummaryRow = Schemas['SummaryRow'];
export type Summary = Schemas['RoomBlockSummary'];

export const cellKey = (night: string, type: string): string => `${night}|${type}`;

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
  /** What the provider wrote with its answer (tourist tax, conditions…); empty without. Shown as text, never as HTML. */
  remarks: string;
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
    providerName: row.providerName || row.providerId,
    city: row.city,
    answeredAt: row.answeredAt,
    remarks: row.answeredAt === null ? '' : row.remarks,
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

/** One room type of an answer as "Accepter" puts it on sale: a room product with each night's rooms and price. */
export interface PlannedProduct {
  type: string;
  nights: { night: string; rooms: number; price: number | null }[];
}

/**
 * What accepting a provider's answer will create (docs/room-blocks.md, "Accepting an answer"): per room
 * type with rooms offered, one product sold at each night's own price. Staff read it before confirming.
 */
export function acceptPlan(table: SummaryTable, row: TableRow): PlannedProduct[] {
  const types = [...new Set(table.columns.map((c) => c.type))];
  return types
    .map((type) => ({
      type,
      nights: table.columns.flatMap((column, i) => {
        const cell = row.cells[i];
        return column.type === type && cell && cell.rooms > 0 ? [{ night: column.night, rooms: cell.rooms, price: cell.price }] : [];
      }),
    }))
    .filter((product) => product.nights.length > 0);
}
