import { describe, expect, it } from 'vitest';
import { isoDate, parseDate } from '../src/io/dates.js';

describe('parseDate', () => {
  it.each([
    ['2025-05-19', '2025-05-19'],
    ['2025-05-19T23:30:00-05:00', '2025-05-19'],
    ['2025/5/9', '2025-05-09'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    [' 5-MAR-1987 09:12:00.00', '1987-03-05'],
    ['19 May 2025', '2025-05-19'],
    ['Monday, 19 May 2025', '2025-05-19'],
    ['Mon, 19 May 2025 10:00:00 GMT', '2025-05-19'],
    ['1st June 2004', '2004-06-01'],
    ['May 19, 2025', '2025-05-19'],
    ['Sept. 5, 2004', '2004-09-05'],
    ['September 5 2004', '2004-09-05'],
    ['Tuesday, March 3, 1987', '1987-03-03'],
    ['29 February 2024', '2024-02-29'],
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    'Feb 26',
    'SALVADOR, Feb 26',
    '31 June 2025',
    '29 February 2023',
    '2025-13-01',
    '19 Mayo 2025',
    '12/05/2025',
  ])('refuses %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it('takes the UTC day of a Date (YAML front matter) and refuses other values', () => {
    expect(parseDate(new Date(Date.UTC(2016, 9, 10)))).toBe('2016-10-10');
    expect(parseDate(new Date(Number.NaN))).toBeUndefined();
    expect(parseDate(20250519)).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });

  it('isoDate checks the calendar', () => {
    expect(isoDate(1900, 2, 29)).toBeUndefined();
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2025, 4, 31)).toBeUndefined();
  });
});
