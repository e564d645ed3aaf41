import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../../../../../test/support/render-with-client';
import { checkTranslation } from '../../../../shared/templates/translation-check';
import { AlignedSources } from './aligned-sources';
import { MismatchList } from './mismatch-list';

const SOURCE = {
  subject: 'Welcome, ${user.profile.firstName}',
  body: '<p>Hi ${user.profile.firstName}</p>\n<p><a href="${activationLink}">Activate</a></p>\n<p><a href="https://help.example.com">Help</a></p>',
};
const TARGET = {
  subject: 'Bienvenue',
  body: '<p>Bonjour</p>\n<p><a href="${activationLink}">Activer</a></p>',
};

describe('the translation mismatch list', () => {
  afterEach(cleanup);

  it('lists each mismatch with what differs, why it matters and a jump to its line', () => {
    const mismatches = checkTranslation('UserActivation', SOURCE, TARGET);
    const onJump = vi.fn();
    renderWithClient(
      <MismatchList mismatches={mismatches} sourceName="English" targetName="French" onJump={onJump} />,
    );
    const items = within(screen.getByRole('list', { name: 'Mismatches' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p.break-words')?.textContent)).toEqual([
      "The translation doesn't use ${user.profile.firstName}.",
      "The translation doesn't use ${user.profile.firstName}.",
      'The translation has no link to https://help.example.com.',
    ]);
    expect(items[0].textContent).toMatch(/^Warning: Variable/);
    expect(items[2].textContent).toMatch(/can't reach the page the source links to/);

    fireEvent.click(
      screen.getByRole('button', {
        name: 'Jump to line 3 of the English body: https://help.example.com',
      }),
    );
    expect(onJump).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'link', side: 'source', part: 'body', line: 3 }),
    );
    expect(
      screen.getByRole('button', { name: /^Jump to line 1 of the English subject/ }).textContent,
    ).toMatch('English subject, line 1 →');
  });

  it('says so when the translation keeps everything', () => {
    renderWithClient(
      <MismatchList mismatches={[]} sourceName="English" targetName="German" onJump={vi.fn()} />,
    );
    expect(screen.queryByRole('list', { name: 'Mismatches' })).toBeNull();
    expect(screen.getByText(/The German text keeps the English variables, links/)).toBeTruthy();
  });

  it('shows a syntax error of a template that does not parse', () => {
    const mismatches = checkTranslation('UserActivation', SOURCE, { subject: 'x', body: '#if($a' });
    renderWithClient(
      <MismatchList mismatches={mismatches} sourceName="English" targetName="French" onJump={vi.fn()} />,
    );
    expect(screen.getAllByRole('listitem')[0].textContent).toMatch(/Syntax.*isn't valid Velocity/);
  });

  it('marks and focuses the line a jump goes to in the aligned sources', () => {
    const mismatches = checkTranslation('UserActivation', SOURCE, TARGET);
    const { rerender } = renderWithClient(
      <AlignedSources
        source={SOURCE}
        target={TARGET}
        sourceHeading="English"
        targetHeading="French"
        mismatches={mismatches}
        highlight={null}
      />,
    );
    const cell = () => document.getElementById('translation-source-body-3')!;
    expect(cell().textContent).toMatch('Help');
    expect(cell().getAttribute('data-highlighted')).toBeNull();
    rerender(
      <AlignedSources
        source={SOURCE}
        target={TARGET}
        sourceHeading="English"
        targetHeading="French"
        mismatches={mismatches}
        highlight={{ side: 'source', part: 'body', line: 3, at: 1 }}
      />,
    );
    expect(cell().getAttribute('data-highlighted')).toBe('true');
    expect(document.activeElement).toBe(cell());
  });
});
