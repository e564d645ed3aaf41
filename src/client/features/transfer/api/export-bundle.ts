import { useMutation } from '@tanstack/react-query';
import { exportBundle } from '../../../../shared/transfer/state';
import { transferClient } from './transfer-client';

/** `mailroom-<brand name>.json`, lower-case and safe in any file system. */
export function bundleFileName(brandName: string): string {
  const slug = brandName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `mailroom-${slug || 'brand'}.json`;
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Reads the brand through the API and downloads its bundle; resolves to what was written. */
export function useExportBundle(brandId: string, brandName: string) {
  return useMutation({
    mutationFn: async (options: { includeEmailServers: boolean }) => {
      const result = await exportBundle(transferClient, brandId, options);
      download(result.text, bundleFileName(brandName));
      return result;
    },
  });
}
