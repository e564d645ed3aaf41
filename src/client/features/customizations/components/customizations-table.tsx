import { useQuery } from '@tanstack/react-query';
import { normalizeLanguage } from '../../../../shared/email/content-source';
import { brandQueries } from '../../brands/api/brand-queries';
import { meQueries } from '../../profile/api/me-queries';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import {
  SUPPORTED_LANGUAGES,
  languageName,
  languageNativeName,
} from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { prefetchEditorOnIntent } from '../../../app/prefetch';
import { isOktaApiError } from '../../../lib/api-client';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { describeError, ErrorState, undoneToast } from '../../../components/ui/error-state';
import { TemplateIcon } from '../../../components/ui/icons';
import { TableSkeleton } from '../../../components/ui/skeleton';
import { Table, TBody, Td, Th, THead } from '../../../components/ui/table';
import { useToast } from '../../../components/ui/toast';
import { absoluteTime, timeAgo } from '../../../lib/time';
import { customizationQueries } from '../api/customization-queries';
import { useDeleteCustomization } from '../api/delete-customization';
import { useResetCustomizations } from '../api/reset-customizations';
import { useMakeDefault } from '../api/make-default';
import { ChooseAnotherDefault } from './choose-another-default';
import { CustomizationPreviewDialog } from './customization-preview-dialog';
import { LanguageSelect } from '../../../components/language-select';
import { useCustomLanguages } from '../../session/api/session-queries';

function sortCustomizations(list: EmailCustomization[]) {
  return [...list].sort(
    (a, b) =>
      Number(b.isDefault) - Number(a.isDefault) ||
      languageName(a.language).localeCompare(languageName(b.language)),
  );
}

/** Add a language: only the ones without a customization are offered. */
function AddLanguage({
  brandId,
  templateName,
  used,
}: {
  brandId: string;
  templateName: string;
  used: Set<string>;
}) {
  const navigate = useNavigate();
  const me = useQuery(meQueries.user());
  const brand = useQuery(brandQueries.detail(brandId));
  const customLanguages = useCustomLanguages();
  // By name, as a person looks for a language; the admin's own language first picked, else the brand's, when free.
  const unused = SUPPORTED_LANGUAGES.filter((l) => !used.has(l.tag)).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const preferred = [me.data?.profile.locale, brand.data?.locale]
    .map((tag) => normalizeLanguage(tag))
    .find((tag) => tag !== undefined && unused.some((l) => l.tag === tag));
  const [language, setLanguage] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  if (unused.length === 0 && !customLanguages)
    return <p className="text-sm text-slate-500">Every supported language is customized.</p>;
  const selected =
    language !== undefined && !used.has(language) ? language : (preferred ?? unused[0]?.tag ?? '');
  const go = () => navigate(paths.customizationNew.getHref(brandId, templateName, selected, 'default'));
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        // The first customization changes what every other language gets: say so before starting.
        if (used.size === 0) setConfirming(true);
        else go();
      }}
    >
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={go}
        tone="primary"
        title={`Customize in ${languageName(selected)}?`}
        confirmLabel={`Continue in ${languageName(selected)}`}
      >
        <div className="space-y-3 text-left">
          <p>
            This will be the template's first customization, so it becomes the <strong>default</strong>: users
            of every other language will get this {languageName(selected)} email instead of Okta's translation
            in their language.
          </p>
          <p>
            To keep other languages on their translation, create them afterwards with &ldquo;Create from stock
            content…&rdquo; on this page.
          </p>
        </div>
      </ConfirmDialog>
      <LanguageSelect
        id="add-language"
        label="Language to add"
        value={selected}
        onChange={setLanguage}
        isOffered={(tag) => !used.has(tag)}
        allowAdd={customLanguages}
        className="rounded-md border-0 py-2 pr-8 pl-3 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
      />
      <Button type="submit" variant="primary" disabled={selected === ''} {...prefetchEditorOnIntent}>
        Add language
      </Button>
    </form>
  );
}

export function CustomizationsTable({
  brandId,
  templateName,
  templateLabel,
  renderSendTest,
}: {
  brandId: string;
  templateName: string;
  templateLabel: string;
  renderSendTest: (language: string, size: 'sm' | 'md') => ReactNode;
}) {
  const list = useQuery(customizationQueries.list(brandId, templateName));
  const setDefault = useMakeDefault(brandId, templateName);
  const remove = useDeleteCustomization(brandId, templateName);
  const reset = useResetCustomizations(brandId, templateName);
  const toast = useToast();
  const [previewing, setPreviewing] = useState<EmailCustomization | null>(null);
  const [deleting, setDeleting] = useState<EmailCustomization | null>(null);
  const [refused, setRefused] = useState<EmailCustomization | null>(null);
  const [resetting, setResetting] = useState(false);
  const [makingDefault, setMakingDefault] = useState<string | null>(null);

  if (list.isPending) return <TableSkeleton rows={3} columns={5} label="Loading customizations" />;
  if (list.isError)
    return <ErrorState error={list.error} onRetry={() => list.refetch()} retrying={list.isFetching} />;

  const rows = sortCustomizations(list.data);
  const used = new Set(rows.map((c) => c.language));

  // Optimistic: the Default badge moves at once; a refusal puts it back and says so.
  const makeDefault = (c: EmailCustomization) => {
    const previous = rows.find((other) => other.isDefault);
    setMakingDefault(c.id);
    setDefault.mutate(c, {
      onSuccess: () =>
        toast({
          title: `${languageName(c.language)} is now the default`,
          description: 'Users whose language has no customization get this one.',
        }),
      onError: (error) =>
        toast(
          undoneToast({
            attempted: `make ${languageName(c.language)} the default`,
            undone: previous
              ? `${languageName(previous.language)} is the default again`
              : `${languageName(c.language)} is not the default`,
            error,
          }),
        ),
      onSettled: () => setMakingDefault(null),
    });
  };

  const dialogs = (
    <>
      <CustomizationPreviewDialog
        brandId={brandId}
        templateName={templateName}
        customization={previewing}
        onClose={() => setPreviewing(null)}
        footer={previewing ? renderSendTest(previewing.language, 'md') : undefined}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        title={`Delete the ${deleting ? languageName(deleting.language) : ''} customization?`}
        confirmLabel="Delete customization"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error).detail : undefined}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast({ title: `${languageName(deleting.language)} customization deleted` });
              setDeleting(null);
            },
            onError: (error) => {
              // It became the default meanwhile: offer the way past it rather than the bare refusal.
              if (isOktaApiError(error) && error.errorCode === 'E0000184') {
                remove.reset();
                setDeleting(null);
                setRefused(deleting);
              }
            },
          })
        }
      >
        <p>
          Its subject and body will be lost. {deleting ? languageName(deleting.language) : ''}-speaking users
          will get the default customization instead.
        </p>
      </ConfirmDialog>
      <Dialog
        open={refused !== null}
        onClose={() => setRefused(null)}
        title={`The ${refused ? languageName(refused.language) : ''} customization can't be deleted`}
        footer={
          <>
            <Button onClick={() => setRefused(null)} data-autofocus>
              Close
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setRefused(null);
                setResetting(true);
              }}
            >
              Reset the whole template
            </Button>
          </>
        }
      >
        <div className="space-y-2 text-sm text-slate-700">
          <p>The default customization can't be deleted while it's the default.</p>
          {refused && rows.length > 1 ? (
            <ChooseAnotherDefault
              brandId={brandId}
              templateName={templateName}
              current={refused}
              others={rows.filter((c) => c.id !== refused.id)}
              onDone={({ newDefault }) => {
                toast({
                  title: `${languageName(refused.language)} customization deleted`,
                  description: `${languageName(newDefault.language)} is the default now.`,
                });
                setRefused(null);
              }}
            />
          ) : (
            <p>
              It is the only customization. To go back to Okta's default content, reset the whole template.
            </p>
          )}
        </div>
      </Dialog>
      <ConfirmDialog
        open={resetting}
        onClose={() => {
          reset.reset();
          setResetting(false);
        }}
        title={`Reset ${templateLabel} to default?`}
        confirmLabel={`Delete ${rows.length} customization${rows.length === 1 ? '' : 's'}`}
        pending={reset.isPending}
        error={reset.isError ? describeError(reset.error).detail : undefined}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              toast({
                title: `${templateLabel} reset to default`,
                description: "Users get Okta's default content again.",
              });
              setResetting(false);
            },
          })
        }
      >
        <p>These customizations and their subjects and bodies will be lost:</p>
        <ul className="list-inside list-disc">
          {rows.map((c) => (
            <li key={c.id}>
              {languageName(c.language)}
              {c.isDefault ? ' (default)' : ''}
            </li>
          ))}
        </ul>
        <p>Every user will get Okta's default content in their language again.</p>
      </ConfirmDialog>
    </>
  );

  if (rows.length === 0)
    return (
      <>
        <EmptyState
          icon={<TemplateIcon className="size-6" />}
          title="Not customized"
          description="Users get Okta's default content in their language. Add a language to write your own subject and body; the first one becomes the default for every other language."
          action={<AddLanguage brandId={brandId} templateName={templateName} used={used} />}
        />
        {dialogs}
      </>
    );

  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <AddLanguage brandId={brandId} templateName={templateName} used={used} />
        <Button variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setResetting(true)}>
          Reset to default
        </Button>
      </div>
      <Table label="Customizations">
        <THead>
          <tr>
            <Th>Language</Th>
            <Th>Subject</Th>
            <Th>Last updated</Th>
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {rows.map((c) => {
            const name = languageName(c.language);
            return (
              <tr key={c.id} className="hover:bg-slate-50/60">
                <Td>
                  <div className="flex items-center gap-2">
                    <span className="font-medium text-slate-900">{name}</span>
                    {c.isDefault && <Badge tone="accent">Default</Badge>}
                  </div>
                  <span className="text-xs text-slate-500">
                    {languageNativeName(c.language) ?? ''} · <code>{c.language}</code>
                  </span>
                </Td>
                <Td className="max-w-72 truncate" title={c.subject}>
                  {c.subject}
                </Td>
                <Td className="whitespace-nowrap">
                  <time dateTime={c.lastUpdated} title={absoluteTime.format(new Date(c.lastUpdated))}>
                    {timeAgo(c.lastUpdated)}
                  </time>
                </Td>
                <Td>
                  <div className="flex justify-end gap-1.5">
                    <ButtonLink
                      size="sm"
                      to={paths.customization.getHref(brandId, templateName, c.id)}
                      aria-label={`Edit ${name}`}
                      {...prefetchEditorOnIntent}
                    >
                      Edit
                    </ButtonLink>
                    <Button size="sm" onClick={() => setPreviewing(c)} aria-label={`Preview ${name}`}>
                      Preview
                    </Button>
                    {renderSendTest(c.language, 'sm')}
                    {!c.isDefault && (
                      <Button
                        size="sm"
                        pending={makingDefault === c.id}
                        onClick={() => makeDefault(c)}
                        aria-label={`Make ${name} the default`}
                      >
                        Make default
                      </Button>
                    )}
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-red-700 hover:bg-red-50"
                      onClick={() => (c.isDefault ? setRefused(c) : setDeleting(c))}
                      aria-label={`Delete ${name}`}
                    >
                      Delete
                    </Button>
                  </div>
                </Td>
              </tr>
            );
          })}
        </TBody>
      </Table>
      {dialogs}
    </>
  );
}
