import { describe, expect, it } from 'vitest';
import { applyPlan, type ProgressEvent } from './apply';
import type { Bundle } from './bundle';
import { describeFailure } from './client';
import { planImport } from './plan';
import { readBrandState } from './state';
import { memoryOrg, seed } from '../../../test/support/memory-org';

const BODY = '<p><a href="${resetPasswordLink}">Reset</a></p>';
const bundle: Bundle = {
  format: 'mailroom-bundle',
  version: 1,
  templates: [
    {
      name: 'ForgotPassword',
      recipients: 'ADMINS_ONLY',
      customizations: ['de', 'en', 'fr'].map((language) => ({
        language,
        isDefault: language === 'en',
        subject: `Subject ${language}`,
        body: BODY,
      })),
    },
  ],
};

describe('runner', () => {
  it('reports progress for every call, in order', async () => {
    const org = memoryOrg();
    const plan = planImport(await readBrandState(org, 'bnd1'), bundle);
    const events: ProgressEvent[] = [];
    const result = await applyPlan(org, 'bnd1', plan, { onProgress: (e) => events.push(e) });
    expect(result.ok).toBe(true);
    expect(events.map((e) => `${e.index + 1}/${e.total} ${e.phase} ${e.label}`)).toEqual([
      '1/4 start + create ForgotPassword en (default)',
      '1/4 done + create ForgotPassword en (default)',
      '2/4 start + create ForgotPassword de',
      '2/4 done + create ForgotPassword de',
      '3/4 start + create ForgotPassword fr',
      '3/4 done + create ForgotPassword fr',
      '4/4 start ~ recipients of ForgotPassword → ADMINS_ONLY',
      '4/4 done ~ recipients of ForgotPassword → ADMINS_ONLY',
    ]);
    expect(result.changesApplied).toHaveLength(4);
  });

  it('stops at the first refused call and says what was applied, what failed and what never ran', async () => {
    const org = memoryOrg();
    org.failOn = (call) => call === 'create ForgotPassword fr';
    const plan = planImport(await readBrandState(org, 'bnd1'), bundle);
    const result = await applyPlan(org, 'bnd1', plan);
    expect(result.ok).toBe(false);
    expect(result.applied.map((o) => o.kind + ' ' + ('language' in o ? o.language : ''))).toEqual([
      'create en',
      'create de',
    ]);
    expect(result.failed).toMatchObject({
      label: '+ create ForgotPassword fr',
      failure: { status: 400, errorCode: 'E0000001' },
      message: 'The org refused the content. body: refused for the test (E0000001, HTTP 400)',
    });
    expect(result.notRun.map((o) => o.kind)).toEqual(['settings']);
    expect(result.changesNotRun).toHaveLength(1);
    expect(result.changesFailed).toHaveLength(1);
    expect(org.calls).not.toContain('settings ForgotPassword ADMINS_ONLY');

    // Running the same import again picks up where it stopped, and then there is nothing left to do.
    org.failOn = undefined;
    org.calls.length = 0;
    const again = planImport(await readBrandState(org, 'bnd1'), bundle);
    expect(again.changeCount).toBe(2);
    expect((await applyPlan(org, 'bnd1', again)).ok).toBe(true);
    expect(org.calls).toEqual(['create ForgotPassword fr', 'settings ForgotPassword ADMINS_ONLY']);
    expect(planImport(await readBrandState(org, 'bnd1'), bundle).changeCount).toBe(0);
  });

  it('counts a create whose "make default" failed as failed, not applied', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', { de: { subject: 'Subject de', body: BODY, isDefault: true } });
    org.failOn = (call) => call === 'replace ForgotPassword en default';
    const plan = planImport(await readBrandState(org, 'bnd1'), bundle);
    const result = await applyPlan(org, 'bnd1', plan);
    expect(result.applied.map((o) => o.kind)).toEqual(['create']);
    expect(result.failed?.label).toBe('~ make ForgotPassword en the default');
    expect(result.changesApplied).toEqual([]);
    expect(result.changesFailed.map((c) => c.type === 'customization' && c.language)).toEqual(['en']);
  });

  it('puts Okta errors in the console’s plain words', () => {
    expect(describeFailure({ status: 409, errorCode: 'E0000184', errorSummary: 'x', errorCauses: [] })).toBe(
      "The default customization can't be deleted while it's the default. (E0000184, HTTP 409)",
    );
    expect(
      describeFailure({
        status: 0,
        errorCode: 'MR_NETWORK',
        errorSummary: "Couldn't reach http://x.",
        errorCauses: [],
      }),
    ).toBe("Couldn't reach http://x.");
  });
});
