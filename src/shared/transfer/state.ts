import { findTemplate, type RecipientsValue } from '../templates/catalog';
import {
  DEFAULT_RECIPIENTS,
  pickEmailServerFields,
  serializeBundle,
  type Bundle,
  type BundleTemplate,
} from './bundle';
import type { CustomizationRecord, EmailServerRecord, TransferClient } from './client';

/** One brand of an org as transfers see it: every catalog template's recipients and customizations. */
export interface BrandState {
  templates: TemplateState[];
  /** Templates the org lists that Mailroom's catalog doesn't know, with customizations: left out of exports. */
  unknownTemplates: string[];
  /** Read only when a bundle carries SMTP servers (or an export includes them). */
  emailServers?: EmailServerRecord[];
}

export interface TemplateState {
  name: string;
  recipients: RecipientsValue;
  customizations: CustomizationRecord[];
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the input order in the result. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads a brand's templates through the API: one expanded template list (recipients and counts), then the
 * customizations of each customized template. Orgs that don't expand get a settings call per template.
 */
export async function readBrandState(
  client: TransferClient,
  brandId: string,
  options: { emailServers?: boolean; concurrency?: number } = {},
): Promise<BrandState> {
  const listed = await client.listTemplates(brandId);
  const known = listed.filter((t) => findTemplate(t.name));
  const unknownTemplates = listed
    .filter((t) => !findTemplate(t.name) && t.customizationCount !== 0)
    .map((t) => t.name);
  // A few calls at a time: quick on a real org, and far below its rate limits.
  const templates = await mapLimited(known, options.concurrency ?? 4, async (t) => ({
    name: t.name,
    recipients: t.recipients ?? (await client.getSettings(brandId, t.name)).recipients,
    customizations: t.customizationCount === 0 ? [] : await client.listCustomizations(brandId, t.name),
  }));
  return {
    templates,
    unknownTemplates,
    ...(options.emailServers ? { emailServers: await client.listEmailServers() } : {}),
  };
}

/** The bundle of a brand's state: customized templates and templates with other recipients than the default. */
export function bundleFromState(state: BrandState, options: { includeEmailServers?: boolean } = {}): Bundle {
  const templates: BundleTemplate[] = state.templates
    .filter((t) => t.customizations.length > 0 || t.recipients !== DEFAULT_RECIPIENTS)
    .map((t) => ({
      name: t.name,
      recipients: t.recipients,
      customizations: t.customizations.map((c) => ({
        language: c.language,
        isDefault: c.isDefault,
        subject: c.subject,
        body: c.body,
      })),
    }));
  return {
    format: 'mailroom-bundle',
    version: 1,
    templates,
    ...(options.includeEmailServers
      ? { emailServers: (state.emailServers ?? []).map((s) => pickEmailServerFields(s)) }
      : {}),
  };
}

/** Reads a brand and writes its bundle (canonical text, ready to save). */
export async function exportBundle(
  client: TransferClient,
  brandId: string,
  options: { includeEmailServers?: boolean } = {},
): Promise<{ text: string; bundle: Bundle; unknownTemplates: string[] }> {
  const state = await readBrandState(client, brandId, { emailServers: options.includeEmailServers });
  const text = serializeBundle(bundleFromState(state, options));
  // Returned re-read from the text, so callers hold exactly what was written (sorted, defaults left out).
  return { text, bundle: JSON.parse(text) as Bundle, unknownTemplates: state.unknownTemplates };
}
