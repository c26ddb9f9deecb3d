/** Today as YYYY-MM-DD in the local time zone: the default "as of" date for deadlines and status. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD of a calendar day; day 0 is the last day of the month before (Date.UTC's arithmetic). */
export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** First day of a month; months outside 1–12 roll into the neighbouring years. */
export function monthStart(year: number, month: number): string {
  return isoDay(year, month, 1);
}

/** Last day of a month; months outside 1–12 roll into the neighbouring years. */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month + 1, 0);
}

/** A YYYY-MM-DD date moved by whole days (negative for earlier). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
