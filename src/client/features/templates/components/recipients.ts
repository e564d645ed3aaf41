import type { RecipientsValue } from '../../../../shared/templates/catalog';

export const RECIPIENTS_LABELS: Record<RecipientsValue, { label: string; description: string }> = {
  ALL_USERS: {
    label: 'All users',
    description: 'Everyone the email is about gets it: end users and admins.',
  },
  ADMINS_ONLY: { label: 'Admins only', description: 'Only administrators get it; end users don\u2019t.' },
  NO_USERS: { label: 'Nobody', description: 'The email is not sent at all.' },
};

export function recipientsLabel(value: string | undefined): string {
  return value && value in RECIPIENTS_LABELS
    ? RECIPIENTS_LABELS[value as RecipientsValue].label
    : (value ?? '—');
}
