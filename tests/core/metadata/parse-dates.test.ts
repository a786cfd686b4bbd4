// Unit tests of the date parsers with date lines and meta values taken from the corpus pages.
import { describe, expect, it } from 'vitest';
import { parseMachineDate, parseVisibleDate } from '../../../utils/extract/metadata/dates';

describe('parseVisibleDate', () => {
  it.each([
    ['Sabtu, 10 Des 2022 13:19 WIB', '2022-12-10T13:19:00+07:00'], // detik-1
    ['Kamis, 5 November 2015 14:56 WIB', '2015-11-05T14:56:00+07:00'], // antaranews-1
    ['Selasa 16 Jun 2015, 14:05 WIB', '2015-06-16T14:05:00+07:00'], // detik-8
    ['on 16 Feb 2016 at 09:10 WIB', '2016-02-16T09:10:00+07:00'], // liputan6-1
    ['Kompas.com - 02/11/2023, 21:34 WIB', '2023-11-02T21:34:00+07:00'], // kompas-7
    ['19 Jun 2015 | 13:06', '2015-06-19T13:06:00+07:00'], // suara-1
    ["Jum'at, 17 Februari 2017 - 13:30 wib", '2017-02-17T13:30:00+07:00'], // okezone-2
    ['22/10/2025 06:59', '2025-10-22T06:59:00+07:00'], // mediaindonesia-1
    ['Rabu, 4 November 2015 | 21:04 WIB', '2015-11-04T21:04:00+07:00'], // kompas-1
    ['Jumat , 17 February 2017, 13:16 WIB', '2017-02-17T13:16:00+07:00'], // republika-3
    ['Kamis, 05/11/2015 10:08 WIB', '2015-11-05T10:08:00+07:00'], // detik-6
    ['Kamis, 05 November 2015 11:52', '2015-11-05T11:52:00+07:00'], // kapanlagi-1
    ['Senin, 17 Agustus 2020 08:00 WITA', '2020-08-17T08:00:00+08:00'],
    ['1 Agt 2019 19.30 WIT', '2019-08-01T19:30:00+09:00'],
    ['3 Okt 2018 10:00 WIB', '2018-10-03T10:00:00+07:00'],
    ['Jumat, 10 Mei 2019', '2019-05-10'],
    ['Selasa, 23 Februari 2016', '2016-02-23'], // antaranews header
  ])('%s -> %s', (text, iso) => {
    expect(parseVisibleDate(text)?.iso).toBe(iso);
  });

  it('rejects text without a date and impossible dates', () => {
    expect(parseVisibleDate('Penulis: Glery Lazuardi')).toBeNull();
    expect(parseVisibleDate('32 Januari 2020 10:00 WIB')).toBeNull();
    expect(parseVisibleDate('10 Foo 2020')).toBeNull();
    expect(parseVisibleDate('10 Des 2022 25:10 WIB')).toBeNull();
  });

  it('reports the zone the text names', () => {
    expect(parseVisibleDate('Senin, 17 Agustus 2020 08:00 WITA')?.zoneMin).toBe(480);
    expect(parseVisibleDate('19 Jun 2015 | 13:06')?.zoneMin).toBeNull();
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2023-11-02T14:34:19+00:00', 420, '2023-11-02T21:34:19+07:00'], // kompas-7 JSON-LD (UTC)
    ['2016-02-16T02:10:56Z', 420, '2016-02-16T09:10:56+07:00'], // liputan6-1 JSON-LD
    ['2016-02-16T13:01:52+0700', 420, '2016-02-16T13:01:52+07:00'], // viva-1 article:published_time
    ['2017-02-17 13:30:08', 420, '2017-02-17T13:30:08+07:00'], // okezone-2 JSON-LD, no offset
    ['2022/12/10 13:19:56', 420, '2022-12-10T13:19:56+07:00'], // detik dtk:publishdate
    ['2016-02-16T02:10:56Z', 480, '2016-02-16T10:10:56+08:00'], // a WITA page
    ['2016-02-23T23:30:00Z', 420, '2016-02-24T06:30:00+07:00'], // crosses midnight
    ['2015-11-05', 420, '2015-11-05'],
  ])('%s in %i -> %s', (value, offset, iso) => {
    expect(parseMachineDate(value, offset)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(parseMachineDate('kemarin')).toBeNull();
    expect(parseMachineDate('2015-13-05')).toBeNull();
  });
});
