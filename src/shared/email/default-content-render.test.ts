import { describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from '../templates/catalog';
import { defaultContent } from '../templates/default-content';
import { SUPPORTED_LANGUAGES } from '../templates/languages';
import { renderTemplate } from '../velocity/render';
import { buildRenderContext } from './render-context';
import { validateCustomizationContent } from './validate-customization';

const subject = {
  user: {
    profile: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@acme.example',
      login: 'ada@acme.example',
      locale: 'en',
    },
  },
  org: { name: 'Acme', subDomain: 'acme' },
  brand: {},
  baseUrl: 'https://acme.okta.example',
};

describe('stock content of every template in every language', () => {
  it(`renders all ${EMAIL_TEMPLATES.length} × ${SUPPORTED_LANGUAGES.length} without error or leftover references`, () => {
    let rendered = 0;
    for (const template of EMAIL_TEMPLATES) {
      const context = buildRenderContext(template.name, subject);
      for (const { tag } of SUPPORTED_LANGUAGES) {
        const content = defaultContent(template.name, tag)!;
        // The stock content passes the same rules a customization must pass.
        expect(validateCustomizationContent(template.name, content), `${template.name}/${tag}`).toEqual({});
        const html = renderTemplate(content.body, context);
        const title = renderTemplate(content.subject, context);
        // Every reference resolves: sample data covers each variable a stock body uses.
        expect(html, `${template.name}/${tag} body`).not.toMatch(/\$!?\{?[a-zA-Z]/);
        expect(title, `${template.name}/${tag} subject`).not.toMatch(/\$!?\{?[a-zA-Z]/);
        expect(html).toContain('Ada');
        rendered++;
      }
    }
    expect(rendered).toBe(39 * 28);
  });
});
