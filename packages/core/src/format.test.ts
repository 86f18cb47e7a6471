import { expect } from '@open-wc/testing';
import { formatAgeRange, formatCost, formatDay, formatDayRange, formatEuro, formatFileInfo, languageName, loadLocale, messagesFor, resolveLang, type Messages } from './index.js';

const de = messagesFor('de');
// English comes from a file of its own (loaded in the English tests' before hook).
let en: Messages;

describe('formatting', () => {
  describe('in German', () => {
    it('writes money, ages and costs as people read them', () => {
      expect(formatEuro(de, 189)).to.equal('189\u00a0€');
      expect(formatEuro(de, 12.5)).to.equal('12,50\u00a0€');
      expect(formatAgeRange(de, { ageMin: 1, ageMax: 6 })).to.equal('1–6 Jahre');
      expect(formatAgeRange(de, { ageMin: 14 })).to.equal('ab 14 Jahren');
      expect(formatAgeRange(de, { ageMax: 10 })).to.equal('bis 10 Jahre');
      expect(formatAgeRange(de, {})).to.be.undefined;
      expect(formatCost(de, { free: true })).to.equal('kostenlos');
      expect(formatCost(de, { free: false, amount: 189, note: 'ermäßigt 95 €' })).to.equal('189\u00a0€ (ermäßigt 95 €)');
      expect(formatCost(de, { free: false, note: 'nach Einkommen' })).to.equal('nach Einkommen');
    });

    it('writes days in Europe/Berlin whatever the machine zone', () => {
      expect(formatDay(de, '2027-02-01')).to.equal('1. Februar 2027');
      expect(formatDayRange(de, '2027-02-01', '2027-06-21')).to.equal('1. Februar – 21. Juni 2027');
      expect(formatDayRange(de, '2027-07-02', '2027-07-03')).to.equal('2.–3. Juli 2027');
      expect(formatDayRange(de, '2027-02-01')).to.equal('ab 1. Februar 2027');
    });

    it('names languages and file downloads', () => {
      expect(languageName(de, 'uk')).to.equal('Ukrainisch');
      expect(languageName(de, 'xx-invalid-')).to.equal('xx-invalid-');
      expect(formatFileInfo(de, 'pdf', 2411724)!.replace(/\s/g, ' ')).to.equal('PDF, 2,3 MB');
      expect(formatFileInfo(de, 'pdf', 7340032)!.replace(/\s/g, ' ')).to.equal('PDF, 7 MB');
      expect(formatFileInfo(de)).to.be.undefined;
    });
  });

  describe('in English', () => {
    before(async () => {
      await loadLocale('en');
      en = messagesFor('en');
    });

    it('uses English words and number format', () => {
      expect(formatAgeRange(en, { ageMin: 14 })).to.equal('from 14 years');
      expect(formatDay(en, '2027-02-01')).to.equal('1 February 2027');
      expect(formatFileInfo(en, 'pdf', 2411724)).to.equal('PDF, 2.3 MB');
    });
  });

  describe('language resolution', () => {
    it('maps tags to a known language, else German', () => {
      expect(resolveLang('en-GB')).to.equal('en');
      expect(resolveLang('EN')).to.equal('en');
      expect(resolveLang('fr')).to.equal('de');
      expect(resolveLang(undefined)).to.equal('de');
    });
  });
});
