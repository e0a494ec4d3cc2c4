/**
 * The token endpoint's reason for refusing the code exchange (RFC 6749 §5.2 `error`,
 * `error_description`). fhirclient reads the JSON error body into its HttpError's message
 * (`<status> <text>\nURL: <url>\n<error>[: <description>]`) and consumes the body, so that is where the
 * reason is; a test runs a real exchange through fhirclient to keep this honest.
 */
export interface TokenError {
  status: number;
  error?: string;
  description?: string;
}

/** RFC 6749 §5.2: error codes are printable ASCII without space, `"` or `\`. */
const ERROR_CODE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const MAX_DESCRIPTION = 300;

export function readTokenError(error: unknown): TokenError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, message } = error as { status?: unknown; message?: unknown };
  if (typeof status !== 'number') return undefined;
  const lines = typeof message === 'string' ? message.split('\n') : [];
  const reason = lines[1]?.startsWith('URL: ') ? lines[2] : undefined;
  if (!reason) return { status };
  const colon = reason.indexOf(': ');
  const code = colon === -1 ? reason : reason.slice(0, colon);
  if (!ERROR_CODE.test(code)) return { status };
  const description = colon === -1 ? '' : [reason.slice(colon + 2), ...lines.slice(3)].join(' ');
  const trimmed = description.trim().slice(0, MAX_DESCRIPTION);
  return { status, error: code, ...(trimmed ? { description: trimmed } : {}) };
}
