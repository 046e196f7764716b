// What a refusal says in a language other than English, by its `error_code` (0178): the server's
// detail stays English. Loaded with the language's catalogs and said by i18n.ts's problemText.
import { msg } from './msg';

export const PROBLEMS: Record<string, string> = {
  BAD_REQUEST: msg('That request was not understood. Check what you typed and try again.'),
  AUTH_MISSING: msg('Your session has ended. Sign in again.'),
  AUTH_INVALID: msg('The email or password is not right.'),
  AUTH_FORBIDDEN: msg('You may not do that here.'),
  NOT_FOUND: msg('It is not there any more, or it is not shared with you.'),
  CONFLICT: msg('That clashes with something that exists already.'),
  PAYLOAD_TOO_LARGE: msg('That is too large to send.'),
  VALIDATION_ERROR: msg('Check what you typed: a value is not accepted.'),
};
