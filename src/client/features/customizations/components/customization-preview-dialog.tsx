import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { languageName } from '../../../../shared/templates/languages';
import { PreviewFrame } from '../../../components/preview-frame';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { customizationQueries } from '../api/customization-queries';

export function CustomizationPreviewDialog({
  brandId,
  templateName,
  customization,
  onClose,
  footer,
}: {
  brandId: string;
  templateName: string;
  customization: EmailCustomization | null;
  onClose: () => void;
  footer?: ReactNode;
}) {
  const preview = useQuery({
    ...customizationQueries.preview(brandId, templateName, customization?.id ?? ''),
    enabled: customization !== null,
  });
  const name = customization ? languageName(customization.language) : '';
  return (
    <Dialog
      open={customization !== null}
      onClose={onClose}
      size="xl"
      title={`Preview: ${name}`}
      description="Rendered by the server with your profile as the sample user."
      footer={footer}
    >
      {preview.isPending ? (
        <div role="status" aria-label="Loading preview" className="space-y-3">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-96" />
        </div>
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => preview.refetch()} retrying={preview.isFetching} />
      ) : (
        <>
          <p className="mb-3 text-sm">
            <span className="text-slate-500">Subject: </span>
            <span className="font-medium text-slate-900">{preview.data.subject}</span>
          </p>
          <PreviewFrame html={preview.data.body} title={`Preview (${name})`} className="h-[60vh]" />
        </>
      )}
    </Dialog>
  );
}
