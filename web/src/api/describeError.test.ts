// A refusal in words (describeError): the server's detail in English, a sentence by its
// error_code in another language (0178, ui/problems.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../ui/i18n';
import { ApiError, describeError } from './client';

afterEach(() => setLanguage('en'));

describe('describeError', () => {
  it('says a refusal by its code in Urdu, and by the server’s detail in English', async () => {
    const gone = new ApiError(404, 'NOT_FOUND', 'List 3 was not found');
    const refused = new ApiError(422, 'VALIDATION_ERROR', 'title: Required', [
      { path: 'title', message: 'Required' },
    ]);
    expect(describeError(gone)).toBe('List 3 was not found');
    await setLanguage('ur');
    expect(describeError(gone)).toBe('یہ اب موجود نہیں، یا آپ کے ساتھ شیئر نہیں کیا گیا۔');
    expect(describeError(refused)).toBe('title دیکھیں: یہ قدر قبول نہیں کی گئی۔');
  });
});
