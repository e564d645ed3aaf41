import { expect, type Locator, type Page } from '@playwright/test';

type Field = 'subject' | 'body';

/**
 * The customization editor as a user meets it: the subject and body (Monaco), the live preview, the status bar
 * and the save button. Specs say what they do ("replace the body", "save") and this says how.
 */
export class EditorPage {
  readonly subject: Locator;
  readonly body: Locator;
  /** The live preview's document (a sandboxed frame). */
  readonly preview;
  readonly previewSubject: Locator;
  readonly saveState: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.subject = page.getByTestId('subject-editor');
    this.body = page.getByTestId('body-editor');
    this.preview = page.frameLocator('iframe[title^="Live preview"]');
    this.previewSubject = page.getByTestId('preview-subject');
    this.saveState = page.getByTestId('save-state');
    this.statusBar = page.getByRole('group', { name: 'Editor status' });
  }

  /** Opens an editor URL and waits for Monaco. */
  static async open(page: Page, url: string): Promise<EditorPage> {
    await page.goto(url);
    const editor = new EditorPage(page);
    await editor.ready();
    return editor;
  }

  /** Monaco mounted with the Velocity layer (the body editor says so). */
  async ready() {
    await expect(this.body).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  }

  /**
   * Replaces a field's text the way a paste would: focus it, select all, insert. Leaves the cursor at the end.
   * (Typing would trigger auto-closing of tags and brackets.)
   */
  async replace(field: Field, text: string) {
    await (field === 'subject' ? this.subject : this.body).locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
    await this.page.keyboard.press('Escape');
  }

  /** The status bar's count of error or warning markers, when it shows `count`. */
  markerCount(kind: 'error' | 'warning', count: number): Locator {
    return this.statusBar.getByRole('button', { name: new RegExp(`^${count} ${kind}s?\\b`) });
  }

  /** The save button ("Save" on a saved customization, "Create customization" on a new one). */
  saveButton(): Locator {
    return this.page.getByRole('button', { name: /^(Save|Create customization)/ });
  }

  /** Ctrl/⌘+S, then the save state that says it is saved. */
  async save() {
    await this.page.keyboard.press('ControlOrMeta+S');
    await expect(this.saveState).toHaveText(/^Saved/);
  }

  /** The History tab; returns its saved versions, newest first. */
  async openHistory(): Promise<Locator> {
    await this.page.getByRole('tab', { name: 'History' }).click();
    return this.page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
  }

  /** Ticks two versions in the History tab and opens their diff; returns the dialog. */
  async compareVersions(older: number, newer: number): Promise<Locator> {
    await this.page.getByRole('checkbox', { name: `Compare version ${newer}` }).check();
    await this.page.getByRole('checkbox', { name: `Compare version ${older}` }).check();
    await this.page.getByRole('button', { name: `Compare ${older} → ${newer}` }).click();
    return this.page.getByRole('dialog', { name: `Version ${older} → version ${newer}` });
  }

  /** Ctrl/⌘+S, then the toast that says so. */
  async saveWithKeyboard(toast: string | RegExp) {
    await this.page.keyboard.press('ControlOrMeta+S');
    await expect(this.page.getByRole('status').filter({ hasText: toast })).toBeVisible();
  }
}
