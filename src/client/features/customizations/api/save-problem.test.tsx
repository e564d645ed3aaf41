import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient } from '../../../../../test/support/render-with-client';
import { OktaApiError } from '../../../lib/api-client';
import { saveProblem } from './save-problem';

afterEach(cleanup);

const okta = (errorCode: string, causes: string[] = []) =>
  new OktaApiError(errorCode === 'E0000001' ? 400 : 409, {
    errorCode,
    errorSummary: `summary of ${errorCode}`,
    errorCauses: causes.map((errorSummary) => ({ errorSummary })),
  });

describe('a refused save, in the console’s words', () => {
  it('E0000183 names the language and links to the existing customization', () => {
    const problem = saveProblem(okta('E0000183'), 'fr', (language) => `/existing/${language}`);
    renderWithClient(<p>{problem.general}</p>);
    expect(screen.getByText(/There's already a French customization of this template/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open it' }).getAttribute('href')).toBe('/existing/fr');
  });

  it('E0000182 and E0000185 say what the default rule is', () => {
    expect(saveProblem(okta('E0000182'), 'en').general).toMatch(/already has a default customization/);
    expect(saveProblem(okta('E0000185'), 'en').general).toMatch(/needs a default/);
  });

  it('E0000001 puts causes on their fields; anything else gets its summary', () => {
    expect(saveProblem(okta('E0000001', ['body: Add ${resetPasswordLink}.']), 'en').fields).toEqual({
      body: 'Add ${resetPasswordLink}.',
    });
    expect(saveProblem(okta('E0000999'), 'en').general).toContain('summary of E0000999');
    expect(saveProblem(null, 'en')).toEqual({ general: null, fields: {} });
  });
});
