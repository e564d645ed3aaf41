import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  renderWithClient,
  stubFetch,
  testQueryClient,
  testSession,
} from '../../../test/support/render-with-client';
import type { EmailCustomization } from '../../shared/okta/email-template';
import { customizationQueries } from '../features/customizations/api/customization-queries';
import { CustomizationsTable } from '../features/customizations/components/customizations-table';
import { sessionQueries } from '../features/session/api/session-queries';
import { customLocales, LanguageSelect } from './language-select';

afterEach(cleanup);

function Picker({ allowAdd, custom = [] }: { allowAdd: boolean; custom?: string[] }) {
  const [value, setValue] = useState('en');
  return (
    <>
      <LanguageSelect
        label="Language"
        value={value}
        onChange={setValue}
        customLocales={custom}
        allowAdd={allowAdd}
      />
      <div aria-label="chosen">{value}</div>
    </>
  );
}

const select = () => screen.getByLabelText('Language') as HTMLSelectElement;
const optionTexts = (el: HTMLSelectElement) => [...el.options].map((o) => o.textContent);

describe('LanguageSelect', () => {
  it('lists the 28 languages by name and no free entry when custom languages are off', () => {
    renderWithClient(<Picker allowAdd={false} />);
    const texts = optionTexts(select());
    expect(texts).toHaveLength(28);
    expect(texts).toEqual([...texts].sort((a, b) => a!.localeCompare(b!)));
    expect(texts).not.toContain('Add a locale…');
  });

  it('shows custom locales next to the supported ones', () => {
    renderWithClient(<Picker allowAdd custom={['fr-CA', 'es-419']} />);
    const group = screen.getByRole('group', { name: 'Custom locales' });
    expect([...group.querySelectorAll('option')].map((o) => o.value)).toEqual(['fr-CA', 'es-419']);
    expect(optionTexts(select()).at(-1)).toBe('Add a locale…');
  });

  it('checks a new locale as it is typed and takes its canonical spelling', () => {
    renderWithClient(<Picker allowAdd />);
    fireEvent.change(select(), { target: { value: select().options[select().options.length - 1].value } });
    const input = screen.getByLabelText('Locale to add') as HTMLInputElement;
    const use = screen.getByRole('button', { name: 'Use' }) as HTMLButtonElement;
    expect(screen.getByRole('status').textContent).toMatch(/BCP 47 tag, such as fr-CA/);

    fireEvent.change(input, { target: { value: 'fr_CA' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/not "_"/);
    expect(use.disabled).toBe(true);

    fireEvent.change(input, { target: { value: 'fr-ca-' } });
    expect(screen.getByRole('status').textContent).toMatch(/empty/);

    fireEvent.change(input, { target: { value: 'zh-hant-hk' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('(zh-Hant-HK)');
    expect(use.disabled).toBe(false);
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(screen.getByLabelText('chosen').textContent).toBe('zh-Hant-HK');
    expect(select().value).toBe('zh-Hant-HK');
    expect(screen.queryByLabelText('Locale to add')).toBeNull();
  });

  it('gives a supported language Okta’s spelling, and Escape closes the field', () => {
    renderWithClient(<Picker allowAdd />);
    fireEvent.change(select(), { target: { value: select().options[select().options.length - 1].value } });
    fireEvent.change(screen.getByLabelText('Locale to add'), { target: { value: 'PT-br' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use' }));
    expect(screen.getByLabelText('chosen').textContent).toBe('pt-BR');
    fireEvent.change(select(), { target: { value: select().options[select().options.length - 1].value } });
    fireEvent.keyDown(screen.getByLabelText('Locale to add'), { key: 'Escape' });
    expect(screen.queryByLabelText('Locale to add')).toBeNull();
  });
});

describe('customLocales', () => {
  it('keeps the tags outside the 28, once each whatever the case, in order', () => {
    expect(customLocales(['fr', 'fr-CA', 'en', 'es-419', 'FR-ca', 'pt-br'])).toEqual(['es-419', 'fr-CA']);
  });
});

describe('adding a customization language on the template page', () => {
  const BRAND = 'bnd1';
  const TEMPLATE = 'UserActivation';
  const session = (customLanguages: boolean) => testSession({ userId: '00u1', scopes: [], customLanguages });
  const en = {
    id: 'oelen',
    language: 'en',
    isDefault: true,
    subject: 'Hi',
    body: '<p>${activationLink}</p>',
    created: '2026-11-01T10:00:00.000Z',
    lastUpdated: '2026-11-01T10:00:00.000Z',
    _links: {} as EmailCustomization['_links'],
  } satisfies EmailCustomization;

  function renderTable(customLanguages: boolean) {
    stubFetch(() => 'pending');
    const client = testQueryClient();
    client.setQueryData(sessionQueries.current().queryKey, session(customLanguages));
    client.setQueryData(customizationQueries.list(BRAND, TEMPLATE).queryKey, [en]);
    renderWithClient(
      <CustomizationsTable
        brandId={BRAND}
        templateName={TEMPLATE}
        templateLabel="User Activation"
        renderSendTest={() => null}
      />,
      { client },
    );
    return screen.getByLabelText('Language to add') as HTMLSelectElement;
  }

  it('offers "Add a locale…" only with custom languages on', () => {
    expect(optionTexts(renderTable(false))).not.toContain('Add a locale…');
    cleanup();
    expect(optionTexts(renderTable(true))).toContain('Add a locale…');
  });

  it('takes a typed custom locale as the language to add', () => {
    const picker = renderTable(true);
    fireEvent.change(picker, { target: { value: picker.options[picker.options.length - 1].value } });
    fireEvent.change(screen.getByLabelText('Locale to add'), { target: { value: 'fr-CA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use' }));
    expect(picker.value).toBe('fr-CA');
    expect(screen.getByRole('option', { name: 'Canadian French (fr-CA)' })).toBeTruthy();
  });
});
