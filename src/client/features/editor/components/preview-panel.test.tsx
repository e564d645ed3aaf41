import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithClient } from '../../../../../test/support/render-with-client';
import { checkMail } from '../../../../shared/mail-checks/check-mail';
import { renderDraft } from '../live-render';
import type { LivePreview } from '../use-live-preview';
import { EditorStatusBar, type MarkerCounts } from './editor-status-bar';
import { PreviewPanel, type PreviewTab } from './preview-panel';

/** What useLivePreview gives the page for `body`: one render, and the checks on it. */
function previewOf(body: string, subject = 'Reset your password'): LivePreview {
  const result = renderDraft(
    { subject, body },
    { user: { profile: { firstName: 'Ada' } }, resetPasswordLink: 'https://acme.example/reset' },
    0,
  );
  if (!result.ok) throw new Error(result.message);
  return {
    result,
    shown: result,
    findings: checkMail({
      kind: 'preview',
      subject: result.subject,
      html: result.body,
      template: { name: 'ForgotPassword', source: body },
    }),
  };
}

const markers: MarkerCounts = { errors: 0, warnings: 0, jumpToFirst: () => {} };

/** The page's wiring: the preview panel and the status bar share one live preview and the tab. */
function Page({ preview, initialTab = 'preview' }: { preview: LivePreview; initialTab?: PreviewTab }) {
  const [tab, setTab] = useState<PreviewTab>(initialTab);
  return (
    <>
      <EditorStatusBar
        markers={markers}
        checks={{ findings: preview.findings, show: () => setTab('checks') }}
        body=""
        state={{ kind: 'new' }}
      />
      <PreviewPanel
        preview={preview}
        languageLabel="English"
        tab={tab}
        onTabChange={setTab}
        width="desktop"
        onWidthChange={() => {}}
        data={<p>data</p>}
      />
    </>
  );
}

afterEach(cleanup);

describe("the editor preview's Checks tab", () => {
  it('counts the findings on the tab and lists them with why and how to fix', () => {
    const preview = previewOf('<p>Hi ${user.profile.firstName}, <a href="http://x.example">reset</a></p>');
    renderWithClient(<Page preview={preview} />);
    const tab = screen.getByRole('tab', { name: 'Checks, 2 problems' });
    expect(tab.getAttribute('aria-selected')).toBe('false');
    fireEvent.click(tab);
    expect(tab.getAttribute('aria-selected')).toBe('true');
    const list = screen.getByRole('list', { name: 'Mail check findings' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('p')?.textContent),
    ).toEqual([
      'The template does not use one of ${resetPasswordLink}, ${oneTimePassword}.',
      'A link uses http: (http://x.example).',
    ]);
    expect(within(list).getAllByText('How to fix it')).toHaveLength(2);
    // Where in the rendered HTML, not the template source, and it says so.
    expect(within(list).getAllByRole('listitem')[1].textContent).toContain(
      'Rendered HTML, line 1, column 12',
    );
    // The width only matters to the frame.
    expect(screen.queryByRole('group', { name: 'Preview width' })).toBeNull();
  });

  it('says "No problems found" when the render is clean', () => {
    renderWithClient(<Page preview={previewOf('<p>${resetPasswordLink}</p>')} initialTab="checks" />);
    expect(screen.getByRole('tab', { name: 'Checks, no problems' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No problems found' })).toBeTruthy();
  });

  it('shows the count in the status bar, whose button opens the tab', () => {
    renderWithClient(<Page preview={previewOf('<p>${resetPasswordLink} <img src="https://x/a.png"></p>')} />);
    expect(screen.getByTitle('Live preview (English)')).toBeTruthy();
    const status = screen.getByRole('group', { name: 'Editor status' });
    fireEvent.click(within(status).getByRole('button', { name: 'Mail checks: 1 problem, show them' }));
    expect(screen.getByRole('tab', { name: 'Checks, 1 problem' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('An image has no alt text.')).toBeTruthy();
  });
});
