/**
 * A readable sentence for a failed request, chosen by the error's kind (never its message text).
 * Takes the kind as a plain string so components stay independent of src/smart.
 */
const SENTENCES: Readonly<Record<string, string>> = {
  forbidden: 'The server refused access to this data.',
  'not-found': 'The server has no such record.',
  invalid: 'The server refused the request.',
  'rate-limited': 'The server is busy (too many requests) and asked us to wait.',
  server: 'The server had a problem answering.',
  network: 'The server could not be reached.',
  timeout: 'The server did not answer in time.',
  malformed: 'The server sent an answer the app could not read.',
  unauthorized: 'The session has ended.',
  'session-ended': 'The session has ended.',
};

export function describeFhirError(kind: string | undefined): string {
  return (kind !== undefined ? SENTENCES[kind] : undefined) ?? 'Something went wrong.';
}
