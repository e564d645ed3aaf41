import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient, stubFetch } from '../../../../../test/support/render-with-client';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { describeError } from '../../../components/ui/error-state';
import { useSaveCustomization } from '../use-save-customization';
import { SaveConflictDialog } from './save-conflict-dialog';

// Monaco's diff needs a browser (e2e/editor.spec.ts drives it); here, which text goes on which side.
vi.mock('./read-only-diff', () => ({
  ReadOnlyDiff: ({ original, modified }: { original: string; modified: string }) => (
    <div data-testid="diff">
      <pre aria-label="Their body">{original}</pre>
      <pre aria-label="Your body">{modified}</pre>
    </div>
  ),
}));

const BRAND = 'bnd1';
const TEMPLATE = 'ForgotPassword';
const opened: EmailCustomization = {
  id: 'oel1',
  language: 'fr',
  isDefault: false,
  subject: 'Réinitialiser',
  body: '<p>Bonjour</p>',
  created: '2026-11-01T10:00:00.000Z',
  lastUpdated: '2026-11-02T10:00:00.000Z',
  _links: {} as EmailCustomization['_links'],
};
// Someone else saved it after it was opened here.
const theirs: EmailCustomization = {
  ...opened,
  subject: 'Réinitialisez votre mot de passe',
  body: '<p>Salut</p>',
  lastUpdated: '2026-11-03T08:30:00.000Z',
};
const MINE = { subject: 'Réinitialiser', body: '<p>Bonsoir</p>' };

/** The editor's wiring of a save and its conflict, with the draft as plain state instead of Monaco. */
function Editor() {
  const { saved, saveError, conflict, saving, save, dismissConflict, acceptTheirs } = useSaveCustomization(
    BRAND,
    TEMPLATE,
    opened,
  );
  const [draft, setDraft] = useState(MINE);
  const persist = (overwrite: boolean) =>
    void save({ language: 'fr', ...draft, isDefault: false, isFirst: false }, { overwrite });
  return (
    <>
      <output aria-label="Saved">{`${saved?.subject} @ ${saved?.lastUpdated}`}</output>
      <output aria-label="Draft">{`${draft.subject} / ${draft.body}`}</output>
      <output aria-label="Refused">{saveError ? describeError(saveError).detail : ''}</output>
      <button type="button" onClick={() => persist(false)}>
        Save
      </button>
      <SaveConflictDialog
        theirs={conflict}
        mine={draft}
        pending={saving}
        onCancel={dismissConflict}
        onTakeTheirs={() => {
          if (!conflict) return;
          setDraft({ subject: conflict.subject, body: conflict.body });
          acceptTheirs(conflict);
        }}
        onOverwrite={() => persist(true)}
      />
    </>
  );
}

/** The server: GET answers their version; a PUT stores what it was sent, or is refused with `refusal`. */
function server(refusal?: { status: number; body: unknown }) {
  const puts: unknown[] = [];
  stubFetch((_url, init) => {
    if (init?.method === 'PUT' && refusal) return refusal;
    if (init?.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      puts.push(body);
      return { status: 200, body: { ...theirs, ...body, lastUpdated: '2026-11-03T09:00:00.000Z' } };
    }
    return { status: 200, body: theirs };
  });
  return puts;
}

async function openConflict() {
  renderWithClient(<Editor />);
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  return screen.findByRole('dialog', { name: 'Someone else changed this customization' });
}

afterEach(cleanup);

describe('the save conflict dialog', () => {
  it('shows their version against mine: the subjects side by side, the bodies in the diff', async () => {
    server();
    const dialog = await openConflict();
    expect(within(dialog).getByTestId('conflict-their-subject').textContent).toBe(theirs.subject);
    expect(within(dialog).getByLabelText('Their body').textContent).toBe(theirs.body);
    expect(within(dialog).getByLabelText('Your body').textContent).toBe(MINE.body);
  });

  it('“Use their version” takes their text as the saved copy and writes nothing', async () => {
    const puts = server();
    const dialog = await openConflict();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use their version' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText('Draft').textContent).toBe(`${theirs.subject} / ${theirs.body}`);
    // Their lastUpdated is the one a next save checks against: no conflict again for the same version.
    expect(screen.getByLabelText('Saved').textContent).toBe(`${theirs.subject} @ ${theirs.lastUpdated}`);
    expect(puts).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('“Overwrite with mine” writes my text over theirs', async () => {
    const puts = server();
    const dialog = await openConflict();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(puts).toEqual([{ language: 'fr', subject: MINE.subject, body: MINE.body, isDefault: false }]);
    expect(screen.getByLabelText('Saved').textContent).toBe(`${MINE.subject} @ 2026-11-03T09:00:00.000Z`);
  });

  it('a refused overwrite closes it, so the refusal shows on the page', async () => {
    server({
      status: 409,
      body: {
        errorCode: 'E0000185',
        errorSummary:
          "The isDefault parameter of the default email template customization can't be set to false.",
        errorCauses: [],
      },
    });
    const dialog = await openConflict();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText('Refused').textContent).toContain("can't be set to false");
    expect(screen.getByLabelText('Draft').textContent).toBe(`${MINE.subject} / ${MINE.body}`);
  });

  it('“Keep editing” closes it and writes nothing', async () => {
    const puts = server();
    const dialog = await openConflict();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText('Draft').textContent).toBe(`${MINE.subject} / ${MINE.body}`);
    expect(puts).toEqual([]);
  });
});
