/**
 * Mail checks: what would go wrong with a rendered email once it reaches an inbox. The same checks run on the
 * editor's live preview and on mail the catcher received, in the browser and in Node alike (no DOM: the HTML goes
 * through html-tokens.ts). Each finding says what, why it matters, how to fix it and where.
 */
import { findTemplate, referencesVariable } from '../templates/catalog';
import { decodeEntities, lineAndColumn, tokenizeHtml } from './html-tokens';

export type MailCheckSeverity = 'error' | 'warning' | 'info';

export type MailCheckId =
  | 'insecure-link'
  | 'empty-link'
  | 'link-text-mismatch'
  | 'image-missing-alt'
  | 'insecure-image'
  | 'html-too-large'
  | 'missing-text-part'
  | 'missing-required-variable'
  | 'unresolved-reference'
  | 'subject-empty'
  | 'subject-too-long'
  | 'dropped-element';

export interface MailCheckLocation {
  part: 'subject' | 'html' | 'text';
  /** UTF-16 offset in the part; absent when the finding is about the part as a whole. */
  offset?: number;
  /** 1-based. */
  line?: number;
  column?: number;
  /** The source around the finding (a tag, a reference), at most about 100 characters. */
  excerpt?: string;
}

export interface MailFinding {
  id: MailCheckId;
  severity: MailCheckSeverity;
  message: string;
  why: string;
  fix: string;
  location?: MailCheckLocation;
}

export interface MailCheckInput {
  /** A preview is rendered by Mailroom before sending (the plain-text part is added at send time); mail was received. */
  kind: 'preview' | 'mail';
  subject: string;
  html: string | null;
  text?: string | null;
  /**
   * The template the email comes from, to check its required variables: against the template's `source` (a
   * reference anywhere counts, as the server checks), else against `values`, the render context (a required
   * variable counts when its value appears in the output).
   */
  template?: { name: string; source?: string; values?: Record<string, unknown> };
}

/** Gmail shows "[Message clipped]" past 102 KB of HTML, and hides the rest behind a link. */
export const GMAIL_CLIP_BYTES = 102 * 1024;
/** RFC 5322 §2.1.1's line length, past which many clients cut the subject in the message list. */
export const MAX_SUBJECT_CHARS = 78;

const SEVERITY_ORDER: Record<MailCheckSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding for `input`, errors first, then in order of position. */
export function checkMail(input: MailCheckInput): MailFinding[] {
  const findings: MailFinding[] = [];
  findings.push(...checkSubject(input.subject));
  if (input.html !== null) findings.push(...checkHtml(input.html));
  const reported = new Set(
    findings.filter((f) => f.id === 'unresolved-reference').map((f) => f.location?.excerpt),
  );
  if (input.kind === 'mail' && (input.text ?? '').trim() === '') {
    findings.push({
      id: 'missing-text-part',
      severity: 'warning',
      message: 'The email has no plain-text part.',
      why: 'Spam filters score HTML-only mail higher, and text-only clients, watches and screen readers set to plain text show nothing useful.',
      fix: 'Send a multipart/alternative message with a text/plain part beside the HTML (Mailroom adds one to the emails it sends).',
      location: { part: 'text' },
    });
  }
  // The text part is usually made from the HTML: a reference already reported there is not reported twice.
  if (input.text)
    findings.push(
      ...unresolvedReferences(input.text, 'text', [{ start: 0, end: input.text.length }]).filter(
        (f) => !reported.has(f.location?.excerpt),
      ),
    );
  if (input.template) findings.push(...checkRequiredVariables(input, input.template));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        partOrder(a.finding) - partOrder(b.finding) ||
        (a.finding.location?.offset ?? -1) - (b.finding.location?.offset ?? -1) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** How many findings of each severity. */
export function countFindings(findings: readonly MailFinding[]): Record<MailCheckSeverity, number> {
  const counts: Record<MailCheckSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const partOrder = (finding: MailFinding) =>
  ({ subject: 0, html: 1, text: 2 })[finding.location?.part ?? 'html'];

// ---- Subject --------------------------------------------------------------------------------------------

function checkSubject(subject: string): MailFinding[] {
  const findings: MailFinding[] = [];
  const length = [...subject].length;
  if (subject.trim() === '') {
    findings.push({
      id: 'subject-empty',
      severity: 'error',
      message: 'The subject is empty.',
      why: 'Inboxes show "(no subject)", which reads as spam or a mistake, and people skip it.',
      fix: 'Write a short subject that says what the email is for, e.g. "Reset your ${org.name} password".',
      location: { part: 'subject' },
    });
  } else if (length > MAX_SUBJECT_CHARS) {
    findings.push({
      id: 'subject-too-long',
      severity: 'warning',
      message: `The subject is ${length} characters long, over ${MAX_SUBJECT_CHARS}.`,
      why: 'Message lists cut long subjects (phones after about 40 characters), so the end of it goes unseen.',
      fix: `Put what matters first and keep the subject under ${MAX_SUBJECT_CHARS} characters.`,
      location: { part: 'subject', offset: 0, excerpt: excerpt(subject, 0, subject.length) },
    });
  }
  findings.push(...unresolvedReferences(subject, 'subject', [{ start: 0, end: subject.length }]));
  return findings;
}

// ---- HTML -----------------------------------------------------------------------------------------------

interface OpenLink {
  start: number;
  end: number;
  href: string;
  text: string;
}

function checkHtml(html: string): MailFinding[] {
  const findings: MailFinding[] = [];
  const at = (start: number, end: number): MailCheckLocation => ({
    part: 'html',
    offset: start,
    ...lineAndColumn(html, start),
    excerpt: excerpt(html, start, end),
  });

  const size = new TextEncoder().encode(html).length;
  if (size > GMAIL_CLIP_BYTES) {
    findings.push({
      id: 'html-too-large',
      severity: 'warning',
      message: `The HTML is ${(size / 1024).toFixed(1)} KB; Gmail clips messages over 102 KB.`,
      why: 'Gmail shows only the first 102 KB and a "[Message clipped] View entire message" link: what comes after, often the footer and unsubscribe or support links, goes unseen.',
      fix: 'Inline less CSS, drop unused markup and comments, and host large content on a page the email links to.',
      location: { part: 'html' },
    });
  }

  const tokens = tokenizeHtml(html);
  let link: OpenLink | undefined;
  const closeLink = () => {
    if (link) findings.push(...linkTextMismatch(link, at));
    link = undefined;
  };
  const textSegments: { start: number; end: number }[] = [];

  for (const token of tokens) {
    if (token.type === 'text') {
      textSegments.push(token);
      if (link) link.text += token.text;
      continue;
    }
    if (token.type === 'raw') continue;
    if (token.type === 'end') {
      if (token.name === 'a') closeLink();
      continue;
    }
    for (const attribute of token.attributes) {
      if (attribute.value !== null)
        textSegments.push({ start: attribute.valueStart, end: attribute.valueEnd });
    }
    const attr = (name: string) => token.attributes.find((a) => a.name === name);
    switch (token.name) {
      case 'a':
      case 'area': {
        if (token.name === 'a') closeLink();
        const href = attr('href');
        if (!href) break; // `<a name>` is an anchor, not a link
        const target = (href.value ?? '').trim();
        if (target === '' || target === '#') {
          findings.push({
            id: 'empty-link',
            severity: 'warning',
            message:
              target === '' ? 'A link has an empty target (href="").' : 'A link points nowhere (href="#").',
            why: 'Clicking it does nothing or reloads the webmail page; readers think the email is broken.',
            fix: 'Set href to the page the link is for, e.g. href="${activationLink}", or remove the link.',
            location: at(token.start, token.end),
          });
        } else if (/^http:/i.test(target)) {
          findings.push({
            id: 'insecure-link',
            severity: 'warning',
            message: `A link uses http: (${shorten(target)}).`,
            why: 'Traffic over http: can be read and changed on the way; browsers mark the page "Not secure", and links that carry a token leak it.',
            fix: 'Use https: for every link.',
            location: at(token.start, token.end),
          });
        }
        if (token.name === 'a' && !token.selfClosing)
          link = { start: token.start, end: token.end, href: target, text: '' };
        break;
      }
      case 'img': {
        if (!attr('alt')) {
          findings.push({
            id: 'image-missing-alt',
            severity: 'warning',
            message: 'An image has no alt text.',
            why: 'Many clients block images until the reader allows them, and screen readers read the file name instead; without alt the reader gets nothing.',
            fix: 'Add alt="…" describing the image, or alt="" when it is only decoration.',
            location: at(token.start, token.end),
          });
        }
        const src = (attr('src')?.value ?? '').trim();
        if (/^http:/i.test(src)) {
          findings.push({
            id: 'insecure-image',
            severity: 'warning',
            message: `An image loads over http: (${shorten(src)}).`,
            why: 'Clients that load images through https: proxies or show mixed-content warnings may not show it, and it can be changed on the way.',
            fix: 'Serve the image over https: and use an https: URL.',
            location: at(token.start, token.end),
          });
        }
        break;
      }
      case 'script':
      case 'form':
      case 'iframe': {
        const what = { script: 'A script', form: 'A form', iframe: 'An iframe' }[token.name];
        findings.push({
          id: 'dropped-element',
          severity: token.name === 'script' ? 'error' : 'warning',
          message: `${what} (<${token.name}>) is in the email.`,
          why:
            token.name === 'script'
              ? 'No mail client runs scripts: they are stripped, and their presence makes spam filters distrust the message.'
              : `Gmail, Outlook and most webmail remove <${token.name}> elements, so whatever it holds never reaches the reader.`,
          fix:
            token.name === 'form'
              ? 'Link to a page that holds the form instead.'
              : token.name === 'iframe'
                ? 'Link to the content, or show a picture of it that links there.'
                : 'Remove the script; link to a page when something must happen.',
          location: at(token.start, token.end),
        });
        break;
      }
    }
  }
  closeLink();

  findings.push(...unresolvedReferences(html, 'html', textSegments));
  return findings;
}

function linkTextMismatch(
  link: OpenLink,
  at: (start: number, end: number) => MailCheckLocation,
): MailFinding[] {
  const shown = link.text.replace(/\s+/g, ' ').trim();
  const shownUrl = asUrl(shown);
  if (!shownUrl) return [];
  const target = asUrl(link.href);
  if (target && sameUrl(shownUrl, target)) return [];
  const otherHost = !target || target.host.toLowerCase() !== shownUrl.host.toLowerCase();
  return [
    {
      id: 'link-text-mismatch',
      severity: otherHost ? 'warning' : 'info',
      message: otherHost
        ? `A link shows ${shorten(shown)} but goes to ${shorten(link.href) || 'nothing'}.`
        : `A link shows ${shorten(shown)} but goes to another page on that site (${shorten(link.href)}).`,
      why: otherHost
        ? 'A link whose text is one address and whose target is another is what phishing looks like: spam filters flag it and careful readers will not click.'
        : 'Readers who copy the address they see get a different page than the link opens.',
      fix: 'Show the address the link goes to (the same variable in both), or use words such as "Reset your password" as the link text.',
      location: at(link.start, link.end),
    },
  ];
}

/** `text` as a URL when it looks like one a reader would take for an address (`https://…`, `www.…`). */
function asUrl(text: string): URL | undefined {
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  if (!/^https?:\/\/[^\s/]+\S*$/i.test(candidate)) return undefined;
  try {
    return new URL(candidate);
  } catch {
    return undefined;
  }
}

function sameUrl(a: URL, b: URL): boolean {
  const normal = (url: URL) => url.href.replace(/^https?:/i, '').replace(/\/$/, '');
  return normal(a) === normal(b);
}

// ---- Unresolved Velocity references ---------------------------------------------------------------------

// `${…}` (braced) and `$name.path` (bare). `$!` references print nothing when unresolved, so they never show.
const REFERENCE = /\$\{[A-Za-z][^}\n]{0,200}\}|\$[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)*/g;

function unresolvedReferences(
  source: string,
  part: MailCheckLocation['part'],
  segments: readonly { start: number; end: number }[],
): MailFinding[] {
  const findings: MailFinding[] = [];
  for (const segment of segments) {
    const slice = source.slice(segment.start, segment.end);
    if (!slice.includes('$')) continue;
    for (const match of slice.matchAll(REFERENCE)) {
      const offset = segment.start + match.index;
      // `\$x` is Velocity's escape for a literal `$x`, and `US$5`-style text is not a reference.
      if (offset > 0 && /[\\\w]/.test(source[offset - 1])) continue;
      const braced = match[0].startsWith('${');
      findings.push({
        id: 'unresolved-reference',
        severity: braced ? 'error' : 'warning',
        message: `${match[0]} was not replaced${part === 'html' ? '' : ` (in the ${part === 'subject' ? 'subject' : 'text part'})`}.`,
        why: 'Velocity prints a reference it cannot resolve as it was written, so the reader sees template code instead of a name, link or code.',
        fix: braced
          ? 'Check the variable name against the variables of this template (the editor lists them), or write $!{…} to print nothing when it has no value.'
          : 'Check the variable name; if a literal dollar sign is meant, escape it as \\$ or write it as &#36;.',
        location: {
          part,
          offset,
          ...(part === 'subject' ? {} : lineAndColumn(source, offset)),
          excerpt: match[0].length > 100 ? `${match[0].slice(0, 99)}…` : match[0],
        },
      });
    }
  }
  return findings;
}

// ---- Required variables ---------------------------------------------------------------------------------

function checkRequiredVariables(
  input: MailCheckInput,
  template: NonNullable<MailCheckInput['template']>,
): MailFinding[] {
  const definition = findTemplate(template.name);
  if (!definition) return [];
  let haystack: string | undefined;
  const output = () =>
    (haystack ??= [
      input.subject,
      input.html ?? '',
      decodeEntities(input.html ?? ''),
      decodeEntities(input.html ?? '', true),
      input.text ?? '',
    ].join('\n'));
  const findings: MailFinding[] = [];
  for (const group of definition.requiredVariables) {
    let met: boolean | undefined;
    if (template.source !== undefined) met = group.some((name) => referencesVariable(template.source!, name));
    else if (template.values) {
      const values = group.map((name) => valueAt(template.values!, name));
      // A variable without a usable sample value can't be looked for; say nothing rather than guess.
      if (values.some((value) => value === undefined)) continue;
      met = values.some((value) => output().includes(value!));
    }
    if (met !== false) continue;
    const names = group.map((name) => `\${${name}}`);
    const which = names.length === 1 ? names[0] : `one of ${names.join(', ')}`;
    findings.push({
      id: 'missing-required-variable',
      severity: 'error',
      message:
        template.source !== undefined
          ? `The template does not use ${which}.`
          : `The email does not contain ${which}.`,
      why: `${definition.displayName} emails exist to deliver ${names.length === 1 ? 'this value' : 'one of these values'}: without it the reader cannot finish what the email is for, and Okta refuses to save such a customization.`,
      fix: `Add ${names[0]} to the body${names.length > 1 ? ' (or one of the alternatives)' : ''}, outside any #if that can be false.`,
      location: { part: 'html' },
    });
  }
  return findings;
}

/** The value at a dotted path, as the text it renders to; `undefined` when missing or too short to look for. */
function valueAt(values: Record<string, unknown>, path: string): string | undefined {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current !== 'string' && typeof current !== 'number') return undefined;
  const text = String(current);
  return text.length >= 4 ? text : undefined;
}

// ---- Helpers --------------------------------------------------------------------------------------------

function excerpt(source: string, start: number, end: number): string {
  const text = source.slice(start, Math.min(end, start + 100)).replace(/\s+/g, ' ');
  return end - start > 100 ? `${text}…` : text;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
