import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithClient } from '../../../../../test/support/render-with-client';
import { checkMail } from '../../../../shared/mail-checks/check-mail';
import { MAX_BODY_BYTES } from '../../../../shared/okta/email-template';
import { EditorStatusBar, type MarkerCounts, type SaveState } from './editor-status-bar';

const markers = (errors: number, warnings: number): MarkerCounts => ({
  errors,
  warnings,
  jumpToFirst: vi.fn(),
});

function renderBar({
  counts = markers(0, 0),
  body = '<p>Hello</p>',
  state = { kind: 'unsaved' } as SaveState,
  findings = [] as ReturnType<typeof checkMail>,
  show = vi.fn(),
} = {}) {
  renderWithClient(
    <EditorStatusBar markers={counts} checks={{ findings, show }} body={body} state={state} />,
  );
  return { counts, show };
}

describe('the editor status bar: what the admin sees of the draft', () => {
  afterEach(cleanup);

  it('says whether the work is saved: not created, unsaved, or saved some time ago', () => {
    renderBar({ state: { kind: 'new' } });
    expect(screen.getByTestId('save-state').textContent).toBe('Not created yet');
  });

  it('shows unsaved changes', () => {
    renderBar({ state: { kind: 'unsaved' } });
    expect(screen.getByTestId('save-state').textContent).toBe('Unsaved changes');
  });

  it('shows when a saved version was saved', () => {
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    renderBar({ state: { kind: 'saved', at } });
    expect(screen.getByTestId('save-state').textContent).toMatch(/^Saved 5 minutes ago$/);
  });

  it('with no markers, both counts are 0 and do nothing', () => {
    const { counts } = renderBar();
    const errors = screen.getByRole('button', { name: '0 errors' });
    expect((errors as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '0 warnings' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(errors);
    expect(counts.jumpToFirst).not.toHaveBeenCalled();
  });

  it('a marker count jumps to the first marker of its kind', () => {
    const { counts } = renderBar({ counts: markers(2, 1) });
    fireEvent.click(screen.getByRole('button', { name: '2 errors: go to the first' }));
    expect(counts.jumpToFirst).toHaveBeenCalledWith('error');
    fireEvent.click(screen.getByRole('button', { name: '1 warning: go to the first' }));
    expect(counts.jumpToFirst).toHaveBeenCalledWith('warning');
  });

  it('counts the body in KB against Okta’s 64 KB', () => {
    renderBar({ body: 'x'.repeat(2048) });
    expect(screen.getByText('2.0 / 64 KB').classList.contains('text-red-700')).toBe(false);
  });

  it('a body over 64 KB is flagged', () => {
    renderBar({ body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(screen.getByText(/\/ 64 KB$/).classList.contains('text-red-700')).toBe(true);
  });

  it('counts the mail checks on the preview; a click shows them', () => {
    const findings = checkMail({
      kind: 'preview',
      subject: 'Hello',
      html: '<p><a href="http://example.com/">Reset</a><img src="https://example.com/a.png"></p>',
    });
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const { show } = renderBar({ findings });
    const button = screen.getByRole('button', { name: /^Mail checks: .*show them$/ });
    expect(button.textContent).toContain(`Checks ${findings.length}`);
    fireEvent.click(button);
    expect(show).toHaveBeenCalledOnce();
  });
});
