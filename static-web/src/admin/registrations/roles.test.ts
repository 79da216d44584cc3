import { describe, expect, it } from 'vitest';
import { canChangeFile, canEdit, canHandleMoney } from './roles';
import { registrationsSection } from './section';

describe('role gating', () => {
  it('lets Admin, OperationsManager and Staff change a file, not Finance', () => {
    expect(canEdit(['Admin'])).toBe(true);
    expect(canEdit(['OperationsManager'])).toBe(true);
    expect(canEdit(['Staff'])).toBe(true);
    expect(canEdit(['Finance'])).toBe(false);
    expect(canEdit([])).toBe(false);
  });

  it('lets Admin and Finance handle money, not Staff', () => {
    expect(canHandleMoney(['Admin'])).toBe(true);
    expect(canHandleMoney(['Finance'])).toBe(true);
    expect(canHandleMoney(['Staff', 'OperationsManager'])).toBe(false);
  });

  it('hides editing on a closed file even for Admin', () => {
    expect(canChangeFile(['Admin'], { editable: false })).toBe(false);
    expect(canChangeFile(['Finance'], { editable: true })).toBe(false);
    expect(canChangeFile(['Staff'], { editable: true })).toBe(true);
  });

  it('opens the section to every staff role', () => {
    expect(registrationsSection.path).toBe('registrations');
    expect([...registrationsSection.roles].sort()).toEqual(['Admin', 'Finance', 'OperationsManager', 'Staff']);
  });
});
