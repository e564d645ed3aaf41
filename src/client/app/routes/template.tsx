import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { findTemplate } from '../../../shared/templates/catalog';
import { findSupportedLanguage, languageName } from '../../../shared/templates/languages';
import { Badge } from '../../components/ui/badge';
import { ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { LinkTabs } from '../../components/ui/link-tabs';
import { PageHeader } from '../../components/ui/page-header';
import { suggestedLanguages } from '../../features/compare/compare-params';
import { FallbackNotice } from '../../features/coverage/components/fallback-notice';
import { customizationQueries } from '../../features/customizations/api/customization-queries';
import { CustomizationsTable } from '../../features/customizations/components/customizations-table';
import { DeletedCustomizations } from '../../features/customizations/components/deleted-customizations';
import { meQueries } from '../../features/profile/api/me-queries';
import { useCustomLanguages } from '../../features/session/api/session-queries';
import { templateQueries } from '../../features/templates/api/template-queries';
import { DefaultContent } from '../../features/templates/components/default-content';
import { recipientsLabel } from '../../features/templates/components/recipients';
import { SendTestButton } from '../../features/templates/components/send-test-button';
import { TemplateSettings } from '../../features/templates/components/template-settings';
import { translationSourceLanguage } from '../../features/translation/api/translation-sides';
import { paths, type TemplateTab } from '../paths';
import { prefetchEditorOnIntent, usePrefetchEditorWhenIdle } from '../prefetch';

export function TemplateRoute() {
  const { brandId = '', templateName = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const tabParam = search.get('tab');
  const tab: TemplateTab = tabParam === 'default' || tabParam === 'settings' ? tabParam : 'customizations';
  const definition = findTemplate(templateName);
  const template = useQuery(templateQueries.detail(brandId, templateName));
  const customizations = useQuery(customizationQueries.list(brandId, templateName));
  const me = useQuery(meQueries.user());
  const customLanguages = useCustomLanguages();
  const title = definition?.displayName ?? templateName;
  const recipient = me.data?.profile.email;
  const myLanguage = findSupportedLanguage(me.data?.profile.locale ?? '') ?? 'en';
  const language = findSupportedLanguage(search.get('language') ?? '') ?? myLanguage;
  // The editor is this page's usual next step.
  usePrefetchEditorWhenIdle();

  const crumbs = [{ label: 'Templates', href: paths.templates.getHref(brandId) }, { label: title }];
  if (template.isError)
    return (
      <>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <ErrorState
          error={template.error}
          onRetry={() => template.refetch()}
          retrying={template.isFetching}
        />
      </>
    );

  const count = template.data?._embedded?.customizationCount ?? customizations.data?.length;
  const existing = customizations.data?.find((c) => c.language === language);
  const sendTest = (lang: string, size: 'sm' | 'md') => (
    <SendTestButton
      key={lang}
      brandId={brandId}
      templateName={templateName}
      language={lang}
      recipient={recipient}
      size={size}
    />
  );

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={crumbs}
        badges={
          <>
            {count === undefined ? null : count > 0 ? (
              <Badge tone="accent">Customized · {count}</Badge>
            ) : (
              <Badge>Stock</Badge>
            )}
            {customLanguages && (
              <span title="CUSTOM_LANGUAGES is on: customizations may use any BCP 47 locale (fr-CA, es-419…), and a null subject or body is filled in from default content.">
                <Badge>Custom languages on</Badge>
              </span>
            )}
          </>
        }
        description={
          <>
            {definition?.description}{' '}
            <span className="mt-1 block text-xs text-slate-500">
              <code>{templateName}</code> · Recipients:{' '}
              {recipientsLabel(template.data?._embedded?.settings?.recipients)}
            </span>
          </>
        }
        actions={
          <>
            <ButtonLink
              to={paths.compare.getHref(brandId, templateName, suggestedLanguages(customizations.data ?? []))}
            >
              Compare languages
            </ButtonLink>
            <ButtonLink
              to={paths.translate.getHref(
                brandId,
                templateName,
                translationSourceLanguage(customizations.data ?? []),
              )}
              title="Check a translation against the source language: variables, links and structure"
            >
              Translate…
            </ButtonLink>
            <SendTestButton
              brandId={brandId}
              templateName={templateName}
              recipient={recipient}
              text="Send test email"
              variant="primary"
            />
          </>
        }
      />
      <LinkTabs
        label="Template sections"
        tabs={[
          {
            label: 'Customizations',
            href: paths.template.getHref(brandId, templateName),
            current: tab === 'customizations',
            count,
          },
          {
            label: 'Default content',
            href: paths.template.getHref(brandId, templateName, 'default'),
            current: tab === 'default',
          },
          {
            label: 'Settings',
            href: paths.template.getHref(brandId, templateName, 'settings'),
            current: tab === 'settings',
          },
        ]}
      />
      {tab === 'customizations' && customizations.data && (
        <FallbackNotice
          brandId={brandId}
          templateName={templateName}
          templateLabel={title}
          customizations={customizations.data}
        />
      )}
      {tab === 'customizations' && (
        <CustomizationsTable
          brandId={brandId}
          templateName={templateName}
          templateLabel={title}
          renderSendTest={sendTest}
        />
      )}
      {tab === 'customizations' && <DeletedCustomizations brandId={brandId} templateName={templateName} />}
      {tab === 'default' && (
        <DefaultContent
          brandId={brandId}
          templateName={templateName}
          language={language}
          view={search.get('view') === 'source' ? 'source' : 'preview'}
          viewHref={(view) => {
            const next = new URLSearchParams(search);
            if (view === 'source') next.set('view', 'source');
            else next.delete('view');
            return `?${next.toString()}`;
          }}
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
          actions={
            <>
              {existing ? (
                <ButtonLink
                  to={paths.customization.getHref(brandId, templateName, existing.id)}
                  {...prefetchEditorOnIntent}
                >
                  Edit the {languageName(language)} customization
                </ButtonLink>
              ) : (
                <ButtonLink
                  variant="primary"
                  to={paths.customizationNew.getHref(brandId, templateName, language, 'default')}
                  {...prefetchEditorOnIntent}
                >
                  Customize from this
                </ButtonLink>
              )}
              {sendTest(language, 'md')}
            </>
          }
        />
      )}
      {tab === 'settings' && <TemplateSettings brandId={brandId} templateName={templateName} />}
      {tab === 'default' && (customizations.data?.length ?? 0) > 0 && (
        <p className="mt-3 text-xs text-slate-500">
          This template is customized: a test email uses the customization for its language (or the default
          customization), not this stock content.{' '}
          <Link className="underline" to={paths.template.getHref(brandId, templateName)}>
            See customizations
          </Link>
        </p>
      )}
    </>
  );
}
