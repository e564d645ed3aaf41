import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { findTemplate } from '../../../shared/templates/catalog';
import {
  findSupportedLanguage,
  languageName,
  SUPPORTED_LANGUAGES,
} from '../../../shared/templates/languages';
import { Badge } from '../../components/ui/badge';
import { describeError, ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useToast } from '../../components/ui/toast';
import { useCreateCustomization } from '../../features/customizations/api/create-customization';
import { customizationQueries } from '../../features/customizations/api/customization-queries';
import { useUpdateCustomization } from '../../features/customizations/api/update-customization';
import {
  CustomizationForm,
  type CustomizationFormValues,
} from '../../features/customizations/components/customization-form';
import { meQueries } from '../../features/profile/api/me-queries';
import { templateQueries } from '../../features/templates/api/template-queries';
import { SendTestButton } from '../../features/templates/components/send-test-button';
import { paths } from '../paths';

function useTemplateCrumbs(brandId: string, templateName: string, last: string) {
  const title = findTemplate(templateName)?.displayName ?? templateName;
  return {
    title,
    crumbs: [
      { label: 'Templates', href: paths.templates.getHref(brandId) },
      { label: title, href: paths.template.getHref(brandId, templateName) },
      { label: last },
    ],
  };
}

function FormSkeleton() {
  return (
    <div role="status" aria-label="Loading" className="space-y-4">
      <Skeleton className="h-10 max-w-xl" />
      <Skeleton className="h-96" />
    </div>
  );
}

export function NewCustomizationRoute() {
  const { brandId = '', templateName = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const toast = useToast();
  const list = useQuery(customizationQueries.list(brandId, templateName));
  const used = new Set((list.data ?? []).map((c) => c.language));
  const unused = SUPPORTED_LANGUAGES.map((l) => l.tag).filter((t) => !used.has(t));
  const language = findSupportedLanguage(search.get('language') ?? '') ?? unused[0] ?? 'en';
  const fromDefault = search.get('from') === 'default';
  const content = useQuery({
    ...templateQueries.defaultContent(brandId, templateName, language),
    enabled: fromDefault,
  });
  const create = useCreateCustomization(brandId, templateName);
  const update = useUpdateCustomization(brandId, templateName);
  const { title, crumbs } = useTemplateCrumbs(brandId, templateName, `New: ${languageName(language)}`);

  const initial = useMemo<CustomizationFormValues>(
    () => ({
      language,
      subject: content.data?.subject ?? '',
      body: content.data?.body ?? '',
      isDefault: false,
    }),
    [language, content.data],
  );

  const loading = list.isPending || (fromDefault && content.isPending);
  const loadError = list.error ?? content.error;
  return (
    <>
      <PageHeader
        title={`Customize ${title}`}
        description={`A ${languageName(language)} version of this email${fromDefault ? ", starting from Okta's default content" : ''}.`}
        breadcrumbs={crumbs}
      />
      {loadError ? (
        <ErrorState error={loadError} onRetry={() => (list.isError ? list.refetch() : content.refetch())} />
      ) : loading ? (
        <FormSkeleton />
      ) : (
        <CustomizationForm
          mode="create"
          initial={initial}
          existing={list.data ?? []}
          unusedLanguages={unused}
          pending={create.isPending || update.isPending}
          error={create.error ?? update.error}
          onLanguageChange={(lang) =>
            setSearch(
              (prev) => {
                const next = new URLSearchParams(prev);
                next.set('language', lang);
                return next;
              },
              { replace: true },
            )
          }
          openExistingHref={(lang) => {
            const found = list.data?.find((c) => c.language === lang);
            return found && paths.customization.getHref(brandId, templateName, found.id);
          }}
          onCancel={() => navigate(paths.template.getHref(brandId, templateName))}
          onSubmit={(input, makeDefaultAfter) =>
            create.mutate(input, {
              onSuccess: (created) => {
                const done = () => {
                  toast({
                    title: `${languageName(created.language)} customization created`,
                    description: created.isDefault || makeDefaultAfter ? 'It is the default.' : undefined,
                  });
                  navigate(paths.template.getHref(brandId, templateName));
                };
                if (!makeDefaultAfter) return done();
                update.mutate(
                  {
                    id: created.id,
                    input: {
                      language: created.language,
                      subject: created.subject,
                      body: created.body,
                      isDefault: true,
                    },
                  },
                  {
                    onSuccess: done,
                    onError: (error) => {
                      toast({
                        tone: 'error',
                        title: 'Created, but not made the default',
                        description: describeError(error).detail,
                      });
                      navigate(paths.template.getHref(brandId, templateName));
                    },
                  },
                );
              },
            })
          }
        />
      )}
    </>
  );
}

export function EditCustomizationRoute() {
  const { brandId = '', templateName = '', customizationId = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const customization = useQuery(customizationQueries.detail(brandId, templateName, customizationId));
  const list = useQuery(customizationQueries.list(brandId, templateName));
  const me = useQuery(meQueries.user());
  const update = useUpdateCustomization(brandId, templateName);
  const language = customization.data?.language ?? '';
  const { title, crumbs } = useTemplateCrumbs(
    brandId,
    templateName,
    language ? languageName(language) : 'Customization',
  );

  const initial = useMemo<CustomizationFormValues | null>(
    () =>
      customization.data
        ? {
            language: customization.data.language,
            subject: customization.data.subject,
            body: customization.data.body,
            isDefault: customization.data.isDefault,
          }
        : null,
    // Re-seed the form only when another customization is opened, not after each save's refetch.
    [customization.data?.id],
  );

  return (
    <>
      <PageHeader
        title={`${title}: ${language ? languageName(language) : '…'}`}
        badges={customization.data?.isDefault ? <Badge tone="accent">Default</Badge> : null}
        breadcrumbs={crumbs}
        actions={
          language ? (
            <SendTestButton
              brandId={brandId}
              templateName={templateName}
              language={language}
              recipient={me.data?.profile.email}
              text="Send test email"
            />
          ) : null
        }
      />
      {customization.isError ? (
        <ErrorState
          error={customization.error}
          onRetry={() => customization.refetch()}
          retrying={customization.isFetching}
        />
      ) : !initial ? (
        <FormSkeleton />
      ) : (
        <CustomizationForm
          mode="edit"
          initial={initial}
          existing={list.data ?? []}
          unusedLanguages={[]}
          pending={update.isPending}
          error={update.error}
          onCancel={() => navigate(paths.template.getHref(brandId, templateName))}
          onSubmit={(input) =>
            update.mutate(
              { id: customizationId, input },
              {
                onSuccess: (saved) => toast({ title: `${languageName(saved.language)} customization saved` }),
              },
            )
          }
        />
      )}
    </>
  );
}
