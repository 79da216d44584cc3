import { describe, expect, it } from 'vitest';
import { emailSrcdoc, EMAIL_FRAME_ATTRIBUTES } from '../registrations/email-frame';
import { actionLabel, byLabel, changeValueLabel, emailStatusLabel, emailTone, fieldLabel, lineNumber, purposeLabel, statusLabel, statusTone } from './labels';
import { adminRegistrationsEn } from '../registrations/i18n-en';
import { adminRegistrationsFr } from '../registrations/i18n-fr';
import { messageTexts } from '../../shared/plural';

describe('history in words', () => {
  it('names contact fields, participants and the payment method', () => {
    expect(fieldLabel('contact.city')('fr')).toBe('Coordonnées · Ville');
    expect(fieldLabel('contact.postalCode')('en')).toBe('Contact details · Postcode');
    expect(fieldLabel('participants[1]')('fr')).toBe('Participant 2');
    expect(fieldLabel('paymentMethod')('en')).toBe('Payment method');
  });

  it('formats amounts, statuses and methods, and keeps other values as recorded', () => {
    expect(changeValueLabel('total', '438.50')('fr').replace(/\s/g, ' ')).toBe('438,50 €');
    expect(changeValueLabel('refundDue', '0.00')('en')).toBe('€0.00');
    expect(changeValueLabel('status', 'Confirmed')('fr')).toBe('Confirmée');
    expect(changeValueLabel('paymentMethod', 'transfer')('fr')).toBe('Virement');
    expect(changeValueLabel('contact.city', 'Lyon')('en')).toBe('Lyon');
    expect(changeValueLabel('total', 'not a number')('fr')).toBe('not a number');
  });
});

describe('codes in words', () => {
  it('names statuses, actions, authors and purposes in both languages', () => {
    expect(statusLabel('AwaitingPayment')('fr')).toBe('En attente de paiement');
    expect(statusLabel('AwaitingPayment')('en')).toBe('Awaiting payment');
    expect(actionLabel('refund-recorded')('fr')).toBe('Remboursement enregistré');
    expect(byLabel('attendee')('en')).toBe('Registrant (online)');
    expect(byLabel('anne@office.fr')('fr')).toBe('anne@office.fr');
    expect(purposeLabel('payment-reminder')('fr')).toBe('Relance de paiement');
    expect(fieldLabel('lines')('fr')).toBe('Prestations');
    expect(fieldLabel('badge')('en')).toBe('badge');
    expect(emailStatusLabel('Failed')('fr')).toBe('Échec');
    expect(emailStatusLabel('sent')('en')).toBe('Sent');
    expect(emailTone('Failed')).toBe('danger');
    expect(actionLabel('email-resent')('fr')).toBe('Email renvoyé');
    // Never listed, but a file opened by its id can be a submit refused for lack of stock.
    expect(statusLabel('Refused')('fr')).toBe('Refusée');
    expect(statusTone('Refused')).toBe('danger');
  });

  it('shows an unknown code as sent', () => {
    expect(statusLabel('OnHold')('fr')).toBe('OnHold');
    expect(actionLabel('teleported')('en')).toBe('teleported');
    expect(statusTone('OnHold')).toBe('neutral');
    expect(statusTone('Cancelled')).toBe('danger');
  });

  it('numbers lines as the bureau’s file does', () => {
    expect(lineNumber(0)).toBe('001');
    expect(lineNumber(41)).toBe('042');
  });
});

describe('email HTML', () => {
  it('is framed with a policy that loads nothing and runs nothing', () => {
    const doc = emailSrcdoc('<p>Bonjour</p><img src="https://tracker.example/p.gif"><script>alert(1)</script>');
    expect(doc).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(doc).toContain('<body><p>Bonjour</p>');
    expect(EMAIL_FRAME_ATTRIBUTES.sandbox).toBe('');
  });
});

describe('dictionaries', () => {
  it('give every text in English, different from the key', () => {
    for (const key of Object.keys(adminRegistrationsFr)) {
      expect(adminRegistrationsEn[key as keyof typeof adminRegistrationsEn], key).toBeTruthy();
    }
  });

  it('put a no-break space before : ? ! in French', () => {
    const bad = Object.entries(adminRegistrationsFr).filter(([, text]) => messageTexts(text).some((form) => / [:?!]/.test(form)));
    expect(bad).toEqual([]);
  });
});
