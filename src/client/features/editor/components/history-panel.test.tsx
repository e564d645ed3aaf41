import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient, stubFetch, testQueryClient } from '../../../../../test/support/render-with-client';
import type {
  CustomizationVersion,
  CustomizationVersionSummary,
} from '../../../../shared/mailroom/customization-history';
import type { Session } from '../../../../shared/mailroom/session';
import { apiPaths } from '../../../../shared/api-paths';
import { historyQueries } from '../../customizations/api/history-queries';
import { sessionQueries } from '../../session/api/session-queries';
import { HistoryPanel } from './history-panel';

// The real dialog is Monaco's diff (e2e/history.spec.ts drives it); here, what the panel hands it.
vi.mock('./history-diff-dialog', () => ({
  default: ({
    left,
    right,
    onRestore,
  }: {
    left?: CustomizationVersionSummary;
    right?: CustomizationVersionSummary;
    onRestore: (version: number) => void;
  }) =>
    left && right ? (
      <div role="dialog" aria-label="diff">
        {left.version} → {right.version}
        <button type="button" onClick={() => onRestore(left.version)}>
          Restore left
        </button>
      </div>
    ) : null,
}));

const BRAND = 'bnd1';
const TEMPLATE = 'ForgotPassword';
const ID = 'oel1';
const NOW = Date.now();

const summary = (
  version: number,
  extra: Partial<CustomizationVersionSummary> = {},
): CustomizationVersionSummary => ({
  customizationId: ID,
  version,
  language: 'en',
  subject: `Reset (v${version})`,
  isDefault: false,
  author: 'Ada Lovelace',
  created: new Date(NOW - (10 - version) * 60_000).toISOString(),
  ...extra,
});
const full = (version: number): CustomizationVersion => ({
  ...summary(version),
  body: `<p>Body ${version}</p>`,
});

function panel(options: { canRestore?: boolean; onRestore?: (v: CustomizationVersion) => void } = {}) {
  return (
    <HistoryPanel
      brandId={BRAND}
      templateName={TEMPLATE}
      customizationId={ID}
      canRestore={options.canRestore ?? true}
      onRestore={options.onRestore ?? (() => {})}
    />
  );
}

function withVersions(versions: CustomizationVersionSummary[], mode: Session['mode'] = 'embedded') {
  const client = testQueryClient();
  client.setQueryData(historyQueries.versions(BRAND, TEMPLATE, ID).queryKey, versions);
  client.setQueryData(sessionQueries.current().queryKey, { mode } as Session);
  return client;
}

afterEach(cleanup);

describe('the History panel', () => {
  it('says it is loading while the versions are on their way', () => {
    stubFetch(() => 'pending');
    renderWithClient(panel());
    expect(screen.getByRole('status', { name: 'Loading the history' })).toBeTruthy();
  });

  it('lists the versions newest first: number, who, when, the latest and the default marked', () => {
    stubFetch(() => 'pending');
    const client = withVersions([
      summary(3, { isDefault: true, author: 'ci pipeline' }),
      summary(2, { isDefault: true }),
      summary(1, { author: null }),
    ]);
    renderWithClient(panel(), { client });
    const rows = within(screen.getByRole('list', { name: 'Saved versions' })).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Version 3LatestDefaultby ci pipeline, 7 minutes agoReset \(v3\)/),
      expect.stringMatching(/^Version 2Defaultby Ada Lovelace, 8 minutes ago/),
      expect.stringMatching(/^Version 1by someone, before history was kept, 9 minutes ago/),
    ]);
  });

  it('compares two picked versions, the older on the left; a third pick replaces the first', async () => {
    stubFetch(() => 'pending');
    renderWithClient(panel(), { client: withVersions([summary(3), summary(2), summary(1)]) });
    const compare = () => screen.getByRole('button', { name: /^Compare/ });
    expect((compare() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare version 3' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare version 1' }));
    expect(compare().textContent).toBe('Compare 1 → 3');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare version 2' }));
    expect(compare().textContent).toBe('Compare 1 → 2');
    expect((screen.getByRole('checkbox', { name: 'Compare version 3' }) as HTMLInputElement).checked).toBe(
      false,
    );
    fireEvent.click(compare());
    expect((await screen.findByRole('dialog', { name: 'diff' })).textContent).toContain('1 → 2');
  });

  it('restores a version: fetches it with its body and hands it to the editor', async () => {
    const calls = stubFetch((url) =>
      url.endsWith(apiPaths.customizationVersion(BRAND, TEMPLATE, ID, 1))
        ? { status: 200, body: full(1) }
        : 'pending',
    );
    const onRestore = vi.fn();
    renderWithClient(panel({ onRestore }), { client: withVersions([summary(2), summary(1)]) });
    fireEvent.click(screen.getByRole('button', { name: 'Restore version 1' }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith(full(1)));
    expect(calls.filter((call) => call.includes('/versions/'))).toEqual([
      `GET ${apiPaths.customizationVersion(BRAND, TEMPLATE, ID, 1)}`,
    ]);
  });

  it('restores from the diff too, and not before the editors are ready', async () => {
    stubFetch((url) => ({
      status: 200,
      body: url.endsWith('/versions') ? [summary(2), summary(1)] : full(1),
    }));
    const onRestore = vi.fn();
    renderWithClient(panel({ onRestore, canRestore: false }), {
      client: withVersions([summary(2), summary(1)]),
    });
    for (const button of screen.getAllByRole('button', { name: /^Restore version/ }))
      expect((button as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    renderWithClient(panel({ onRestore }), { client: withVersions([summary(2), summary(1)]) });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare version 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare version 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Compare 1 → 2' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore left' }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith(full(1)));
    // The diff closes once the version is in the editor.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says when there are no versions, and why in real Okta mode', () => {
    stubFetch(() => 'pending');
    renderWithClient(panel(), { client: withVersions([]) });
    expect(screen.getByText('No saved versions yet')).toBeTruthy();
    expect(screen.getByText('Each save keeps a version here.')).toBeTruthy();
    cleanup();
    renderWithClient(panel(), { client: withVersions([], 'okta') });
    expect(
      screen.getByText(/saves made in the Okta Admin Console or by other tools are not recorded here/),
    ).toBeTruthy();
  });

  it('shows a failed load with the server’s words and a retry', async () => {
    let answer: { status: number; body: unknown } = {
      status: 404,
      body: { errorCode: 'E0000007', errorSummary: 'Not found: EmailCustomization', errorCauses: [] },
    };
    stubFetch(() => answer);
    renderWithClient(panel());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The history could not be loaded');
    expect(alert.textContent).toContain('Not found: EmailCustomization');
    answer = { status: 200, body: [summary(1)] };
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Version 1')).toBeTruthy();
  });
});
