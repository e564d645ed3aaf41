import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The translation view (`/brands/:brandId/templates/:templateName/translate?source=&target=`): two sources side by
 * side, the translation's status, and the mismatch list whose items jump to their line.
 */
export class TranslationPage {
  constructor(readonly page: Page) {}

  get mismatches(): Locator {
    return this.page.getByRole('list', { name: 'Mismatches' });
  }

  /** The mismatch whose sentence matches `text`. */
  mismatch(text: string | RegExp): Locator {
    return this.mismatches.getByRole('listitem').filter({ hasText: text });
  }

  /** A line of one side's body or subject, as the aligned view shows it. */
  line(side: 'source' | 'target', line: number, part: 'subject' | 'body' = 'body'): Locator {
    return this.page.locator(`#translation-${side}-${part}-${line}`);
  }

  async ready(title: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: `Translate: ${title}` })).toBeVisible();
    await expect(this.page.getByRole('region', { name: 'Sources side by side' })).toBeVisible();
  }

  /** Clicks the mismatch's "jump to line" button. */
  async jumpTo(text: string | RegExp) {
    await this.mismatch(text)
      .getByRole('button', { name: /^Jump to line/ })
      .click();
  }
}
