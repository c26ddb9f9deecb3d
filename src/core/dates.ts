/** Today as YYYY-MM-DD in the local time zone: the default "as of" date for deadlines and status. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
