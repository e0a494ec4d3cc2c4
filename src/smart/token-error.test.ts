/** readTokenError reads fhirclient's HttpError message; any other value (or a garbled one) never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTokenError } from './token-error';

const httpError = (message: string, status = 400) => Object.assign(new Error(message), { status });

describe('readTokenError', () => {
  it.each([
    [
      'error and description (RFC 6749 §5.2 JSON)',
      httpError('400 Bad Request\nURL: https://a.test/token\ninvalid_grant: code expired'),
      { status: 400, error: 'invalid_grant', description: 'code expired' },
    ],
    [
      'error only',
      httpError('401 Unauthorized\nURL: https://a.test/token\ninvalid_client', 401),
      { status: 401, error: 'invalid_client' },
    ],
    [
      'a JSON body without `error` (fhirclient pretty-prints it after a blank line)',
      httpError('400 Bad Request\nURL: https://a.test/token\n\n{\n    "x": 1\n}'),
      { status: 400 },
    ],
    [
      'an HTML error page is not an error code',
      httpError('502 Bad Gateway\nURL: https://a.test/token\n\n<html>down</html>', 502),
      { status: 502 },
    ],
    ['no status: not an HTTP answer', new Error('Failed to fetch'), undefined],
    ['not an object', 'boom', undefined],
  ])('%s', (_name, error, expected) => {
    expect(readTokenError(error)).toEqual(expected);
  });

  it('caps a long description', () => {
    const long = 'x'.repeat(1000);
    const read = readTokenError(httpError(`400 B\nURL: u\ninvalid_request: ${long}`));
    expect(read?.description).toHaveLength(300);
  });

  it('never throws on random and type-confused values', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), fc.integer(), (value, message, status) => {
        readTokenError(value);
        const read = readTokenError(httpError(message, status));
        expect(read?.status).toBe(status);
        if (read?.error) expect(read.error).toMatch(/^[\x21\x23-\x5B\x5D-\x7E]+$/);
      }),
    );
  });
});
