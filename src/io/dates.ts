// Dates as news sources write them -> ISO `YYYY-MM-DD`. The calendar date is taken as written:
// no time-zone arithmetic, so "26-FEB-1987 23:59" stays the 26th wherever the graph is built.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` when the parts form a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

const MONTH = '([A-Za-z]{3,9}\\.?)';
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  // 2025-05-19, 2025-05-19T10:00:00Z, 2025/05/19
  [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  // 26-FEB-1987 15:01:01.79 (Reuters-21578)
  [new RegExp(`^(\\d{1,2})-${MONTH}-(\\d{4})\\b`), (m) => monthDate(m[3]!, m[2]!, m[1]!)],
  // 19 May 2025, Monday, 19 May 2025, Mon, 19 May 2025 10:00:00 GMT
  [
    new RegExp(`^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`),
    (m) => monthDate(m[3]!, m[2]!, m[1]!),
  ],
  // May 19, 2025, Sept. 5 2004, Monday, May 19, 2025
  [
    new RegExp(`^(?:[A-Za-z]+,\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`),
    (m) => monthDate(m[3]!, m[1]!, m[2]!),
  ],
];

function monthDate(year: string, month: string, day: string): string | undefined {
  const m = monthOf(month);
  return m === undefined ? undefined : isoDate(+year, m, +day);
}

/**
 * Parses a date from front matter, a JSONL field or a dateline: ISO dates and timestamps,
 * `26-FEB-1987 15:01:01.79`, `19 May 2025`, `May 19, 2025` (weekday prefixes allowed).
 * A `Date` (YAML front matter turns `date: 2025-05-19` into one) gives its UTC day.
 * Returns undefined for anything else, including impossible days (`31 June 2025`).
 */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return build(m);
  }
  return undefined;
}
