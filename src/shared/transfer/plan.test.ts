import { describe, expect, it } from 'vitest';
import { findTemplate } from '../templates/catalog';
import { applyPlan } from './apply';
import { serializeBundle, type Bundle, type BundleCustomization } from './bundle';
import { describeOperation, planImport, type CustomizationChange, type Plan } from './plan';
import { readBrandState } from './state';
import { memoryOrg, seed, type MemoryOrg } from '../../../test/support/memory-org';

const BODY = '<p><a href="${resetPasswordLink}">Reset</a></p>';
const c = (
  language: string,
  isDefault: boolean,
  subject = `Subject ${language}`,
  body = BODY,
): BundleCustomization => ({
  language,
  isDefault,
  subject,
  body,
});
const bundleOf = (templates: Bundle['templates']): Bundle => ({
  format: 'mailroom-bundle',
  version: 1,
  templates,
});

async function plan(org: MemoryOrg, bundle: Bundle, prune = false): Promise<Plan> {
  return planImport(
    await readBrandState(org, 'bnd1', { emailServers: Boolean(bundle.emailServers) }),
    bundle,
    { prune },
  );
}

const steps = (p: Plan) => p.operations.map(describeOperation);
const kinds = (p: Plan, template = 'ForgotPassword') =>
  Object.fromEntries(
    (p.templates.find((t) => t.template === template)?.changes ?? [])
      .filter((ch): ch is CustomizationChange => ch.type === 'customization')
      .map((ch) => [
        ch.language,
        ch.kind + (ch.defaultChange ? `:${ch.defaultChange}` : '') + (ch.kept ? ':kept' : ''),
      ]),
  );

/** Applies a plan to the in-memory org (which enforces E0000182–E0000185) and checks it converged. */
async function applyAndCheck(org: MemoryOrg, bundle: Bundle, prune = false) {
  const p = await plan(org, bundle, prune);
  const result = await applyPlan(org, 'bnd1', p);
  expect(result.failed?.message).toBeUndefined();
  const again = await plan(org, bundle, prune);
  expect(again.changeCount).toBe(0);
  expect(again.operations).toEqual([]);
  return p;
}

describe('planner: steps and their order', () => {
  it('moves the default from en to fr with a replace of fr first, then the rest', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', {
      en: { subject: 'Subject en', body: BODY, isDefault: true },
      fr: { subject: 'Ancien', body: BODY },
    });
    const bundle = bundleOf([
      { name: 'ForgotPassword', customizations: [c('en', false, 'New en'), c('fr', true, 'Nouveau')] },
    ]);
    const p = await applyAndCheck(org, bundle);
    expect(steps(p)).toEqual(['~ replace ForgotPassword fr (default)', '~ replace ForgotPassword en']);
    expect(kinds(p)).toEqual({ en: 'replace:loses', fr: 'replace:gains' });
    expect(p.counts).toEqual({ create: 0, replace: 2, delete: 0, unchanged: 0 });
    const fr = p.templates[0].changes.find((ch) => ch.type === 'customization' && ch.language === 'fr')!;
    expect((fr as CustomizationChange).subjectDiff).toContain('@@ -1 +1 @@\n-Ancien\n+Nouveau\n');
    expect((fr as CustomizationChange).bodyDiff).toBe('');
  });

  it('lets the flag leave an unchanged old default by itself', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', {
      en: { subject: 'Subject en', body: BODY, isDefault: true },
      fr: { subject: 'Subject fr', body: BODY },
    });
    const p = await applyAndCheck(
      org,
      bundleOf([{ name: 'ForgotPassword', customizations: [c('en', false), c('fr', true)] }]),
    );
    expect(steps(p)).toEqual(['~ replace ForgotPassword fr (default)']);
    expect(kinds(p)).toEqual({ en: 'unchanged:loses', fr: 'replace:gains' });
    expect(p.changeCount).toBe(1);
  });

  it('creates a new default as non-default, then moves the flag (never E0000182)', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', { en: { subject: 'Subject en', body: BODY, isDefault: true } });
    const p = await applyAndCheck(
      org,
      bundleOf([{ name: 'ForgotPassword', customizations: [c('en', false), c('fr', true)] }]),
    );
    expect(steps(p)).toEqual(['+ create ForgotPassword fr', '~ make ForgotPassword fr the default']);
    expect(org.calls).toEqual(['create ForgotPassword fr', 'replace ForgotPassword fr default']);
  });

  it('creates the default first on a template with no customizations, then the others', async () => {
    const org = memoryOrg();
    const p = await applyAndCheck(
      org,
      bundleOf([{ name: 'ForgotPassword', customizations: [c('de', false), c('en', false), c('fr', true)] }]),
    );
    expect(steps(p)).toEqual([
      '+ create ForgotPassword fr (default)',
      '+ create ForgotPassword de',
      '+ create ForgotPassword en',
    ]);
    expect(p.counts.create).toBe(3);
  });

  it('prune: moves the default before deleting the old one (never E0000184)', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', {
      en: { subject: 'Subject en', body: BODY, isDefault: true },
      de: { subject: 'Subject de', body: BODY },
      fr: { subject: 'Subject fr', body: BODY },
    });
    const bundle = bundleOf([{ name: 'ForgotPassword', customizations: [c('fr', true)] }]);
    // Without prune, the unlisted languages stay.
    const kept = await plan(org, bundle);
    expect(kinds(kept)).toEqual({ fr: 'replace:gains', de: 'unchanged:kept', en: 'unchanged:loses:kept' });
    expect(steps(kept)).toEqual(['~ replace ForgotPassword fr (default)']);

    const p = await applyAndCheck(org, bundle, true);
    expect(steps(p)).toEqual([
      '~ replace ForgotPassword fr (default)',
      '- delete ForgotPassword de',
      '- delete ForgotPassword en',
    ]);
    expect(org.templates.get('ForgotPassword')!.customizations.map((x) => x.language)).toEqual(['fr']);
  });

  it('prune: removes every customization of a template with one delete-all, and resets its recipients', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', {
      en: { subject: 'S', body: BODY, isDefault: true },
      fr: { subject: 'S', body: BODY },
    });
    org.templates.get('PasswordChanged')!.recipients = 'NO_USERS';
    const empty = bundleOf([]);
    expect((await plan(org, empty)).changeCount).toBe(0);
    const p = await applyAndCheck(org, empty, true);
    expect(steps(p)).toEqual([
      '- delete all customizations of ForgotPassword (en, fr)',
      '~ recipients of PasswordChanged → ALL_USERS',
    ]);
    expect(p.counts).toEqual({ create: 0, replace: 1, delete: 2, unchanged: 0 });
  });

  it('only settings changed: one settings call, nothing else', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', { en: { subject: 'Subject en', body: BODY, isDefault: true } });
    const p = await applyAndCheck(
      org,
      bundleOf([{ name: 'ForgotPassword', recipients: 'ADMINS_ONLY', customizations: [c('en', true)] }]),
    );
    expect(steps(p)).toEqual(['~ recipients of ForgotPassword → ADMINS_ONLY']);
    expect(p.changeCount).toBe(1);
    expect(p.counts.unchanged).toBe(1);
    // A listed template without recipients means the default.
    const back = await applyAndCheck(
      org,
      bundleOf([{ name: 'ForgotPassword', customizations: [c('en', true)] }]),
    );
    expect(steps(back)).toEqual(['~ recipients of ForgotPassword → ALL_USERS']);
  });

  it('leaves templates the bundle does not list alone, unless prune', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', { en: { subject: 'S', body: BODY, isDefault: true } });
    const p = await plan(
      org,
      bundleOf([{ name: 'UserActivation', customizations: [c('en', true, 'Hi', '${activationLink}')] }]),
    );
    expect(p.templates.map((t) => t.template)).toEqual(['UserActivation']);
  });

  it('is deterministic: the same plan whatever the bundle’s order', async () => {
    const org = memoryOrg();
    seed(org, 'ForgotPassword', {
      en: { subject: 'S', body: BODY, isDefault: true },
      it: { subject: 'S', body: BODY },
    });
    const a = bundleOf([
      { name: 'UserActivation', customizations: [c('en', true, 'Hi', '${activationLink}')] },
      { name: 'ForgotPassword', customizations: [c('fr', false), c('de', true)] },
    ]);
    const b = JSON.parse(serializeBundle(a)) as Bundle;
    expect(a.templates[0].name).not.toBe(b.templates[0].name);
    expect(JSON.stringify(await plan(org, a, true))).toBe(JSON.stringify(await plan(org, b, true)));
  });

  it('never meets E0000182–E0000185 and always converges, over random states and bundles', async () => {
    let seedValue = 12345;
    const random = () => (seedValue = (seedValue * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
    const languages = ['de', 'en', 'fr', 'ja', 'pt-BR'];
    const subjects = ['A', 'B'];
    const subset = () => languages.filter(() => random() < 0.5);
    for (let run = 0; run < 300; run++) {
      const org = memoryOrg();
      const before = subset();
      const beforeDefault = pick(before);
      seed(
        org,
        'ForgotPassword',
        Object.fromEntries(
          before.map((l) => [l, { subject: pick(subjects), body: BODY, isDefault: l === beforeDefault }]),
        ),
      );
      const after = subset();
      const afterDefault = pick(after);
      const bundle = bundleOf(
        random() < 0.2
          ? []
          : [
              {
                name: 'ForgotPassword',
                recipients: pick(['ALL_USERS', 'ADMINS_ONLY', 'NO_USERS'] as const),
                customizations: after.map((l) => c(l, l === afterDefault, pick(subjects))),
              },
            ],
      );
      const prune = random() < 0.5;
      await applyAndCheck(org, bundle, prune);
      const final = org.templates.get('ForgotPassword')!.customizations;
      // Okta's invariant holds, and the listed languages are exactly as the bundle says.
      if (final.length > 0) expect(final.filter((x) => x.isDefault)).toHaveLength(1);
      for (const wanted of bundle.templates[0]?.customizations ?? []) {
        const got = final.find((x) => x.language === wanted.language)!;
        expect({ ...got, id: undefined }).toEqual({ ...wanted, id: undefined });
      }
      if (prune)
        expect(final.map((x) => x.language).sort()).toEqual((bundle.templates[0] ? after : []).sort());
    }
    expect(findTemplate('ForgotPassword')).toBeDefined();
  });
});

describe('planner: SMTP servers', () => {
  it('creates new servers (asking for their secret), updates changed ones by alias, never deletes', async () => {
    const org = memoryOrg();
    org.servers.push(
      {
        id: 'ces1',
        alias: 'Relay',
        host: 'old.example.com',
        port: 25,
        username: 'u',
        authType: 'BASIC_SMTP_AUTH',
        enabled: true,
      },
      {
        id: 'ces2',
        alias: 'Other',
        host: 'other.example.com',
        port: 25,
        username: 'u',
        authType: 'BASIC_SMTP_AUTH',
        enabled: false,
      },
    );
    const bundle: Bundle = {
      ...bundleOf([]),
      emailServers: [
        { alias: 'Relay', host: 'smtp.example.com', port: 587, username: 'u', authType: 'BASIC_SMTP_AUTH' },
        { alias: 'New', host: 'new.example.com', port: 587, username: 'n', authType: 'BASIC_SMTP_AUTH' },
      ],
    };
    const p = await plan(org, bundle, true);
    expect(steps(p)).toEqual([
      '+ create SMTP server "New" (disabled)',
      '~ update SMTP server "Relay" (host, port)',
    ]);
    expect(p.secretsNeeded).toEqual([{ alias: 'New', field: 'password' }]);
    await expect(applyPlan(org, 'bnd1', p)).rejects.toThrow(
      /"New" is new to the target org, and it needs a password/,
    );
    expect(org.calls).toEqual([]);
    const result = await applyPlan(org, 'bnd1', p, { secrets: { New: 'pw' } });
    expect(result.ok).toBe(true);
    expect(org.servers.find((s) => s.alias === 'New')).toMatchObject({ enabled: false, password: 'pw' });
    expect(org.servers.find((s) => s.alias === 'Relay')).toMatchObject({
      host: 'smtp.example.com',
      enabled: true,
    });
    expect(org.servers.map((s) => s.alias)).toContain('Other');
    expect((await plan(org, bundle, true)).changeCount).toBe(0);
  });
});
