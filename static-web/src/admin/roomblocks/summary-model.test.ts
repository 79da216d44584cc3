import { describe, expect, it } from 'vitest';
import { acceptPlan, answered, summaryTable, type Summary } from './summary-model';

const body: Summary = {
  number: '00000012',
  nights: ['2027-03-24', '2027-03-25'],
  types: ['single', 'twin'],
  rows: [
    {
      providerId: 'hotel-du-musee', providerName: 'Hôtel du Musée', city: 'Saint-Étienne', answeredAt: '2026-12-01T09:30:00+00:00',
      cells: { '2027-03-24|single': { rooms: 5, price: 92 }, '2027-03-25|twin': { rooms: 3, price: 104.5 } },
      remarks: 'Taxe de séjour en sus',
    },
    { providerId: 'adagio', providerName: 'Adagio', city: 'Saint-Étienne', answeredAt: null, cells: {}, remarks: '' },
  ],
  roomsPerNightAndType: { '2027-03-24|single': 5, '2027-03-24|twin': 0, '2027-03-25|single': 0, '2027-03-25|twin': 3 },
  roomsPerNight: { '2027-03-24': 5, '2027-03-25': 3 },
};

describe('the summary', () => {
  it('becomes a table of providers by night and type, with totals and the capacity per night', () => {
    const table = summaryTable(body);
    expect(table.nights).toEqual([{ night: '2027-03-24', span: 2 }, { night: '2027-03-25', span: 2 }]);
    expect(table.columns.map((c) => c.key)).toEqual(['2027-03-24|single', '2027-03-24|twin', '2027-03-25|single', '2027-03-25|twin']);
    expect(table.rows[0]?.cells).toEqual([{ rooms: 5, price: 92 }, null, null, { rooms: 3, price: 104.5 }]);
    expect(table.rows[1]?.answeredAt).toBeNull();
    expect(table.rows[1]?.cells).toEqual([null, null, null, null]);
    expect(table.totals).toEqual([5, 0, 0, 3]);
    expect(table.capacity).toEqual([{ night: '2027-03-24', rooms: 5 }, { night: '2027-03-25', rooms: 3 }]);
    expect(answered(table).map((r) => r.providerId)).toEqual(['hotel-du-musee']);
  });

  it('names a provider without a name by its id', () => {
    expect(summaryTable({ ...body, rows: [{ ...body.rows[1]!, providerName: '' }] }).rows[0]?.providerName).toBe('adagio');
  });

  it('sums the rows when the server sent no totals', () => {
    const table = summaryTable({ ...body, roomsPerNightAndType: {}, roomsPerNight: {} });
    expect(table.totals).toEqual([5, 0, 0, 3]);
    expect(table.capacity.map((c) => c.rooms)).toEqual([5, 3]);
  });

  it('keeps the remarks of a submitted answer only', () => {
    const draft = { ...body.rows[1]!, remarks: 'Brouillon' };
    const table = summaryTable({ ...body, rows: [body.rows[0]!, draft] });
    expect(table.rows.map((r) => r.remarks)).toEqual(['Taxe de séjour en sus', '']);
  });

  it('plans one product per room type offered, each night at its own price', () => {
    const hotel = {
      ...body.rows[0]!,
      cells: {
        '2027-03-24|single': { rooms: 5, price: 92 }, '2027-03-25|single': { rooms: 4, price: 99 },
        '2027-03-24|twin': { rooms: 0, price: 80 },
      },
    };
    const table = summaryTable({ ...body, rows: [hotel] });
    expect(acceptPlan(table, table.rows[0]!)).toEqual([
      { type: 'single', nights: [{ night: '2027-03-24', rooms: 5, price: 92 }, { night: '2027-03-25', rooms: 4, price: 99 }] },
    ]);
  });
});
