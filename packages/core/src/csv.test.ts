import { expect } from '@open-wc/testing';
import { comparePeriods, csvField, csvFileName, csvNumber, indicatorCsv, loadLocale, messagesFor, toCsv, type Indicator } from './index.js';

const indicator: Indicator = {
  id: 'B1.1',
  name: 'Betreuungsquote; unter 3 Jahren',
  unit: '%',
  decimals: 1,
  definition: 'Anteil der Kinder in "Kita" oder Tagespflege.',
  notes: 'Zeile 1\nZeile 2',
  source: { name: 'Regionalatlas Deutschland, Tabelle AI003-3', url: 'https://www.regionalstatistik.de' },
  series: [
    {
      region: { ags: '03351', name: 'Landkreis Celle' },
      values: [
        { period: '2023', value: 34.5 },
        { period: '2021', value: null, note: 'Meldeausfall' },
        { period: '2022', value: 32.9 },
      ],
    },
    { region: { ags: '03', name: 'Niedersachsen' }, values: [{ period: '2022', value: 31 }, { period: '2023', value: -0.25 }] },
    { region: { ags: 'DG', name: 'Deutschland' }, values: [{ period: '2023', value: 36.4 }] },
  ],
};

/** The bytes a visitor's download holds. */
const bytes = (text: string) => [...new TextEncoder().encode(text)];

describe('CSV for Excel in German settings', () => {
  describe('when a number is written', () => {
    it('uses a decimal comma, no thousands separator and no exponent', () => {
      expect(csvNumber(34.5)).to.equal('34,5');
      expect(csvNumber(1234567.25)).to.equal('1234567,25');
      expect(csvNumber(-1.6)).to.equal('-1,6');
      expect(csvNumber(1e21)).to.equal('1000000000000000000000');
      expect(csvNumber(0.000001)).to.equal('0,000001');
    });

    it('drops floating-point noise and the sign of zero, keeps real precision', () => {
      expect(csvNumber(0.1 + 0.2)).to.equal('0,3');
      expect(csvNumber(-0)).to.equal('0');
      expect(csvNumber(-0.00000000001)).to.equal('0');
      expect(csvNumber(34.56, ',', 1)).to.equal('34,56');
    });

    it('pads to the indicator precision: 31 with one decimal is "31,0"', () => {
      expect(csvNumber(31, ',', 1)).to.equal('31,0');
      expect(csvNumber(8450, ',', 0)).to.equal('8450');
      expect(csvNumber(14.5, ',', 2)).to.equal('14,50');
    });

    it('leaves a non-finite number empty', () => {
      expect(csvNumber(Number.NaN)).to.equal('');
      expect(csvNumber(Number.POSITIVE_INFINITY)).to.equal('');
    });
  });

  describe('when a text field is written', () => {
    it('quotes fields with a semicolon, a quote or a line break, doubling quotes', () => {
      expect(csvField('Celle')).to.equal('Celle');
      expect(csvField('a;b')).to.equal('"a;b"');
      expect(csvField('sagt "Hallo"')).to.equal('"sagt ""Hallo"""');
      expect(csvField('Zeile 1\nZeile 2')).to.equal('"Zeile 1\nZeile 2"');
      expect(csvField('Zeile 1\r\nZeile 2')).to.equal('"Zeile 1\r\nZeile 2"');
      expect(csvField(' Rand ')).to.equal('" Rand "');
    });

    it('keeps a comma unquoted: it is no separator here', () => {
      expect(csvField('Schleswig-Flensburg, Landkreis')).to.equal('Schleswig-Flensburg, Landkreis');
    });

    it('defuses text a spreadsheet would run as a formula', () => {
      expect(csvField('=HYPERLINK("https://example.org")')).to.equal(`"'=HYPERLINK(""https://example.org"")"`);
      expect(csvField('+49 4621')).to.equal("'+49 4621");
      expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
      expect(csvField('-')).to.equal("'-");
      // Numbers are numbers, not formulas.
      expect(csvField(-1.5)).to.equal('-1,5');
    });

    it('leaves null and undefined empty, never 0', () => {
      expect(csvField(null)).to.equal('');
      expect(csvField(undefined)).to.equal('');
    });
  });

  describe('when a document is written', () => {
    it('starts with the UTF-8 byte order mark, separates by ";" and ends every line with CRLF', () => {
      const csv = toCsv([
        ['Zeitraum', 'Größe'],
        ['2023', 34.5],
      ]);
      const b = bytes(csv);
      expect(b.slice(0, 3)).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(csv.slice(1)).to.equal('Zeitraum;Größe\r\n2023;34,5\r\n');
      // "ö" is UTF-8 (two bytes), not Windows-1252.
      expect(b).to.include.members([0xc3, 0xb6]);
      expect(csv.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    });

    it('can leave out the byte order mark and use other separators', () => {
      expect(toCsv([['a', 1.5]], { bom: false, separator: ',', decimal: '.', newline: '\n' })).to.equal('a,1.5\n');
    });
  });

  describe('when an indicator is written', () => {
    const csv = indicatorCsv(indicator, { updated: '2026-11-02T10:15:00+01:00' });
    const lines = csv.slice(1).split('\r\n');

    it('puts name, unit and date first', () => {
      expect(csv.startsWith('\uFEFF')).to.be.true;
      expect(lines.slice(0, 4)).to.deep.equal(['Indikator;"B1.1 Betreuungsquote; unter 3 Jahren"', 'Einheit;%', 'Aktualisiert;2026-11-02T10:15:00+01:00', '']);
    });

    it('writes periods × regions in time order, with empty cells for missing and secret values', () => {
      const start = lines.indexOf('Zeitraum;Landkreis Celle (03351);Niedersachsen (03);Deutschland (DG)');
      expect(start).to.be.greaterThan(0);
      expect(lines.slice(start + 1, start + 4)).to.deep.equal(['2021;;;', '2022;32,9;31,0;', '2023;34,5;-0,25;36,4']);
    });

    it('explains empty cells and carries notes, definition and source', () => {
      expect(lines).to.include('Leere Zelle;keine Angabe (Wert nicht verfügbar oder geheim)');
      expect(lines).to.include('Anmerkung;2021, Landkreis Celle: Meldeausfall');
      expect(lines).to.include('Definition;"Anteil der Kinder in ""Kita"" oder Tagespflege."');
      expect(csv).to.include('Hinweise;"Zeile 1\nZeile 2"\r\n');
      expect(lines).to.include('Quelle;Regionalatlas Deutschland, Tabelle AI003-3');
      expect(lines).to.include('Quelle (Internet);https://www.regionalstatistik.de');
      expect(csv.endsWith('\r\n')).to.be.true;
    });

    it('takes only the regions asked for, in that order, and English labels (once they are loaded)', async () => {
      await loadLocale('en');
      const en = indicatorCsv(indicator, { regions: ['DG', '03351', 'gibt-es-nicht'], messages: messagesFor('en') });
      expect(en).to.include('Period;Deutschland (DG);Landkreis Celle (03351)\r\n2021;;\r\n2022;;32,9\r\n2023;36,4;34,5\r\n');
      expect(en).to.include('Source;Regionalatlas');
      expect(en).not.to.include('Niedersachsen');
    });
  });

  describe('when a file is named', () => {
    it('keeps only safe characters', () => {
      expect(csvFileName('indikator', 'B1.1', '03351')).to.equal('indikator-B1.1-03351.csv');
      expect(csvFileName('indikator', '../ä b/<x>', 'DG')).to.equal('indikator-a_b_x-DG.csv');
      expect(csvFileName('')).to.equal('daten.csv');
    });
  });

  describe('when periods are sorted', () => {
    it('orders years and school years in time order', () => {
      expect(['2023', '2022/23', '2009', '2022', '2010'].sort(comparePeriods)).to.deep.equal(['2009', '2010', '2022', '2022/23', '2023']);
    });
  });
});
