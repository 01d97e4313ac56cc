/** ISO 8601 date and time with seconds optional and a zone (Z or ±hh:mm), e.g. 2016-12-19T16:45:00Z. */
const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a start-time text is not usable, or null: the schema and the inspector ask the same question. */
export function utcDateTimeProblem(text: string): string | null {
  if (!UTC_DATE_TIME.test(text) || !Number.isFinite(Date.parse(text))) return 'must be a UTC date and time like 2016-12-19T16:45:00Z';
  return null;
}
