import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient, stubFetch } from '../../../../../test/support/render-with-client';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
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
    const problem = saveProblem(okta('E0000183'), 'fr', {
      openExistingHref: (language) => `/existing/${language}`,
    });
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

describe('E0000185 in the editor: “Choose another default” in place, then the save again', () => {
  const BRAND = 'bnd1';
  const TEMPLATE = 'ForgotPassword';
  const customization = (language: string, isDefault: boolean): EmailCustomization => ({
    id: `oel${language}`,
    language,
    isDefault,
    subject: `Reset (${language})`,
    body: '<p>${resetPasswordLink}</p>',
    created: '2026-11-01T10:00:00.000Z',
    lastUpdated: '2026-11-02T10:00:00.000Z',
    _links: {} as EmailCustomization['_links'],
  });
  // The editor's copy of English says "not the default"; someone made it the default meanwhile.
  const english = customization('en', false);
  const others = [customization('fr', false), customization('de', false)];

  function show(retry: () => Promise<unknown>, candidates = others) {
    const problem = saveProblem(okta('E0000185'), 'en', {
      chooseDefault: { brandId: BRAND, templateName: TEMPLATE, current: english, others: candidates, retry },
    });
    renderWithClient(
      <>
        <p>{problem.general}</p>
        {problem.action}
      </>,
    );
  }

  it('moves the default to the chosen language, then saves again', async () => {
    const puts: { url: string; body: unknown }[] = [];
    stubFetch((url, init) => {
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        puts.push({ url, body });
        return { status: 200, body: { ...customization('de', true), ...body } };
      }
      return 'pending';
    });
    let finishSave = () => {};
    const retry = vi.fn(() => new Promise<void>((resolve) => (finishSave = resolve)));
    show(retry);

    expect(
      screen.getByText(/English is the default now. Choose another one, then your changes are saved/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New default'), { target: { value: 'oelde' } });
    const button = screen.getByRole('button', { name: 'Make German the default and save' });
    fireEvent.click(button);

    await waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
    expect(puts).toEqual([
      {
        url: expect.stringMatching(/\/customizations\/oelde$/) as unknown as string,
        body: { language: 'de', subject: 'Reset (de)', body: '<p>${resetPasswordLink}</p>', isDefault: true },
      },
    ]);
    // Busy until the editor's save is over.
    expect(button.getAttribute('aria-busy')).toBe('true');
    finishSave();
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull());
  });

  it('does not save again when the default could not move, and says why', async () => {
    stubFetch((_url, init) =>
      init?.method === 'PUT'
        ? {
            status: 403,
            body: { errorCode: 'E0000006', errorSummary: 'You do not have permission', errorCauses: [] },
          }
        : 'pending',
    );
    const retry = vi.fn(() => Promise.resolve());
    show(retry);
    fireEvent.click(screen.getByRole('button', { name: 'Make French the default and save' }));
    expect(
      await screen.findByText(/French couldn't be made the default: Your API token lacks the scope/),
    ).toBeTruthy();
    expect(retry).not.toHaveBeenCalled();
  });

  it('with no other customization, says to keep this one the default and offers no picker', () => {
    show(() => Promise.resolve(), []);
    expect(screen.getByText(/English is its only customization: save it as the default/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
