import type { AdminCategoryFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../platform/errors';
import { useApiMutation } from '../../../platform/hooks';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Banner } from '../../../ui/States';
import { AdminArchiveCategory } from './queries';

const a = strings.adminCategories.archiveDialog;

/** Asks before archiving (`archiveTicketCategory`) and says what it means for members and for existing tickets. */
export function ArchiveCategoryDialog({ category, onClose, onArchived, onCloseAutoFocus }: {
  category: AdminCategoryFieldsFragment;
  onClose: () => void;
  onArchived: (category: AdminCategoryFieldsFragment) => void;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const mutation = useApiMutation(AdminArchiveCategory, { onSuccess: (data) => onArchived(data.archiveTicketCategory) });
  return (
    <Dialog open onOpenChange={(open) => { if (!open && !mutation.isPending) onClose(); }} title={a.title(category.name)} description={a.description}
      onCloseAutoFocus={onCloseAutoFocus}
      actions={(
        <>
          <Button onClick={onClose} disabled={mutation.isPending}>{strings.common.cancel}</Button>
          <Button variant="danger" onClick={() => mutation.mutate({ id: category.id })} disabled={mutation.isPending}>
            {mutation.isPending ? a.working : a.confirm}
          </Button>
        </>
      )}>
      {mutation.isError && <Banner kind="error">{describeError(mutation.error)}</Banner>}
    </Dialog>
  );
}
