/**
 * The one email layout every Mailroom default body is built from: table-based, inline CSS only, a 600px
 * container, the brand logo, a heading, paragraphs, an optional call-to-action button in the brand's primary
 * color with a plain-link fallback, an optional code box and details table, and a footer naming the org.
 *
 * Every argument is already-safe HTML (text escaped by the caller) that may contain Velocity references;
 * the layout itself only adds `${brand.theme.logo}`, `${brand.theme.primaryColor}` and `${org.name}`.
 */

export interface LayoutButton {
  /** Velocity expression of the link, e.g. `${activationLink}`. */
  href: string;
  /** Button label (HTML-safe). */
  label: string;
  /** Sentence introducing the plain fallback link (HTML-safe). */
  fallbackText: string;
}

export interface LayoutCode {
  /** Sentence introducing the code (HTML-safe). */
  label: string;
  /** Velocity reference of the code, e.g. `${oneTimePassword}`. */
  value: string;
  /** Velocity condition (without `#if`), e.g. `${oneTimePassword}`; the block is unconditional when absent. */
  condition?: string;
}

export interface LayoutLink {
  href: string;
  label: string;
}

export interface LayoutInput {
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  /** Document title (HTML-safe), usually the subject. */
  title: string;
  heading: string;
  greeting: string;
  paragraphs: readonly string[];
  /** Label/value rows shown in a details table (both HTML-safe; values are usually Velocity references). */
  details?: readonly (readonly [string, string])[];
  button?: LayoutButton;
  code?: LayoutCode;
  /** Secondary links shown under the button (e.g. app-store links). */
  links?: readonly LayoutLink[];
  /** Paragraphs after the main content (e.g. "If you didn't request this…"). */
  notes?: readonly string[];
  /** Footer sentence, which should name `${org.name}`. */
  footer: string;
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT = `${FONT};font-size:16px;line-height:24px;color:#1d1d21`;
const MUTED = `${FONT};font-size:13px;line-height:20px;color:#6e6e78`;
const PRIMARY = '${brand.theme.primaryColor}';

function row(content: string, padding = '0 40px 16px 40px'): string {
  return `<tr>\n<td style="padding:${padding};${TEXT}">${content}</td>\n</tr>`;
}

function paragraph(html: string, style = TEXT): string {
  return `<p style="margin:0;${style}">${html}</p>`;
}

function buttonRows(button: LayoutButton): string {
  const cta =
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="border-collapse:separate">\n` +
    `<tr>\n<td align="center" bgcolor="${PRIMARY}" style="border-radius:6px;background-color:${PRIMARY}">` +
    `<a href="${button.href}" target="_blank" style="display:inline-block;padding:12px 28px;${FONT};` +
    `font-size:16px;font-weight:600;line-height:24px;color:#ffffff;text-decoration:none;border-radius:6px;` +
    `border:1px solid ${PRIMARY};background-color:${PRIMARY}">${button.label}</a></td>\n</tr>\n</table>`;
  const fallback =
    paragraph(button.fallbackText, MUTED) +
    paragraph(
      `<a href="${button.href}" target="_blank" style="color:${PRIMARY};word-break:break-all">${button.href}</a>`,
      MUTED,
    );
  return [row(cta, '8px 40px 24px 40px'), row(fallback, '0 40px 24px 40px')].join('\n');
}

function codeRows(code: LayoutCode): string {
  const box =
    paragraph(code.label) +
    `<p style="margin:8px 0 0 0;padding:12px 16px;background-color:#f4f4f6;border-radius:6px;` +
    `font-family:Consolas,Menlo,'Courier New',monospace;font-size:24px;line-height:32px;letter-spacing:4px;` +
    `font-weight:600;color:#1d1d21;text-align:center">${code.value}</p>`;
  const content = row(box, '0 40px 24px 40px');
  return code.condition ? `#if(${code.condition})\n${content}\n#end` : content;
}

function detailRows(details: readonly (readonly [string, string])[]): string {
  const rows = details
    .map(
      ([label, value]) =>
        `<tr>\n<td style="padding:6px 12px 6px 0;${MUTED};font-size:14px;white-space:nowrap;vertical-align:top">` +
        `${label}</td>\n<td style="padding:6px 0;${TEXT};font-size:14px;line-height:20px;vertical-align:top">` +
        `${value}</td>\n</tr>`,
    )
    .join('\n');
  const table =
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" ` +
    `style="border-collapse:collapse;border-top:1px solid #e1e1e6;border-bottom:1px solid #e1e1e6">\n${rows}\n</table>`;
  return row(table, '0 40px 24px 40px');
}

function linkRows(links: readonly LayoutLink[]): string {
  const html = links
    .map((link) => `<a href="${link.href}" target="_blank" style="color:${PRIMARY}">${link.label}</a>`)
    .join(' &nbsp;|&nbsp; ');
  return row(paragraph(html, MUTED), '0 40px 24px 40px');
}

/** Builds the full HTML document. */
export function renderLayout(input: LayoutInput): string {
  const body: string[] = [
    // logo
    `<tr>\n<td style="padding:32px 40px 8px 40px">` +
      `<img src="\${brand.theme.logo}" alt="\${org.name}" height="40" style="display:block;height:40px;` +
      `width:auto;max-width:200px;border:0;outline:none;text-decoration:none"></td>\n</tr>`,
    // heading
    `<tr>\n<td style="padding:16px 40px 16px 40px">` +
      `<h1 style="margin:0;${FONT};font-size:24px;line-height:32px;font-weight:600;color:#1d1d21">` +
      `${input.heading}</h1></td>\n</tr>`,
    row(paragraph(input.greeting)),
    ...input.paragraphs.map((text) => row(paragraph(text))),
  ];
  if (input.details && input.details.length > 0) body.push(detailRows(input.details));
  if (input.button) body.push(buttonRows(input.button));
  if (input.links && input.links.length > 0) body.push(linkRows(input.links));
  if (input.code) body.push(codeRows(input.code));
  for (const note of input.notes ?? []) body.push(row(paragraph(note, MUTED), '0 40px 16px 40px'));

  return [
    '<!DOCTYPE html>',
    `<html lang="${input.lang}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="x-apple-disable-message-reformatting">',
    `<title>${input.title}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:#f4f4f6">`,
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#f4f4f6" ` +
      `style="border-collapse:collapse;background-color:#f4f4f6">`,
    '<tr>',
    '<td align="center" style="padding:24px 12px">',
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600" bgcolor="#ffffff" ` +
      `style="border-collapse:collapse;width:100%;max-width:600px;background-color:#ffffff;border-radius:8px">`,
    ...body,
    `<tr>\n<td style="padding:8px 40px 32px 40px">&nbsp;</td>\n</tr>`,
    '</table>',
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600" ` +
      `style="border-collapse:collapse;width:100%;max-width:600px">`,
    `<tr>\n<td align="center" style="padding:16px 40px;${MUTED};font-size:12px;line-height:18px">` +
      `${input.footer}</td>\n</tr>`,
    '</table>',
    '</td>',
    '</tr>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
