import { expect, type Locator, type Page } from '@playwright/test';
import { paths } from '../../src/client/app/paths';
import { EditorPage } from './editor-page';

/**
 * One template's page (`/brands/:brandId/templates/:templateName`): its customizations table, "Add language",
 * previews, default and delete actions. Specs name languages as people read them ("German").
 */
export class TemplatePage {
  constructor(
    readonly page: Page,
    readonly brandId: string,
    readonly templateName: string,
  ) {}

  async goto() {
    await this.page.goto(paths.template.getHref(this.brandId, this.templateName));
  }

  /** The customization's row in the table. */
  row(language: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(language) });
  }

  /** Whether the row carries the Default badge. */
  defaultBadge(language: string): Locator {
    return this.row(language).getByText('Default', { exact: true });
  }

  /** The "Language to add" picker. */
  get languageToAdd(): Locator {
    return this.page.getByLabel('Language to add');
  }

  /** Picks "Add a locale…" (custom languages on): returns the free-entry field, which has the focus. */
  async openLocaleField(): Promise<Locator> {
    await this.languageToAdd.selectOption({ label: 'Add a locale…' });
    const field = this.page.getByLabel('Locale to add');
    await expect(field).toBeFocused();
    return field;
  }

  /** Picks a language under "Language to add" and starts its customization; returns the editor once ready. */
  async addLanguage(code: string, confirm?: { dialog: string; button: string }): Promise<EditorPage> {
    await this.languageToAdd.selectOption(code);
    await this.page.getByRole('button', { name: 'Add language' }).click();
    if (confirm) {
      const dialog = this.page.getByRole('dialog', { name: confirm.dialog });
      await dialog.getByRole('button', { name: confirm.button }).click();
    }
    const editor = new EditorPage(this.page);
    await editor.ready();
    return editor;
  }

  /** Opens a customization in the editor from its row. */
  async edit(language: string): Promise<EditorPage> {
    await this.page.getByRole('link', { name: `Edit ${language}` }).click();
    const editor = new EditorPage(this.page);
    await editor.ready();
    return editor;
  }

  /** Back from the editor through the breadcrumb. */
  async backFromEditor(templateTitle: string) {
    await this.page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: templateTitle })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: templateTitle })).toBeVisible();
  }
}
