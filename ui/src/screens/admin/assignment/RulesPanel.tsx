import { useState } from 'react';
import { useApiMutation } from '../../../platform/hooks';
import { describeError } from '../../../platform/errors';
import { strings } from '../../../strings';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SortableList } from '../../../ui/SortableList';
import { Badge, Banner, EmptyState } from '../../../ui/States';
import { ruleConditions, ruleTarget } from './describe';
import { AdminAssignmentDeleteRule, AdminAssignmentReorderRules } from './queries';
import { RuleDialog } from './RuleDialog';
import type { AssignmentData, Rule } from './types';
import theme from '../../../ui/theme.module.css';
import styles from './Assignment.module.css';

const r = strings.adminAssignment.rules;

type Message = { kind: 'info' | 'error'; text: string };

/**
 * The rules in the order they are tried: reordered by drag and drop, the handle's keyboard moves or the up/down buttons
 * (the new order shows at once and is saved with every rule's id), created and edited in a dialog, deleted after a
 * confirmation.
 */
export function RulesPanel({ data, refresh }: { data: AssignmentData; refresh: () => Promise<unknown> }) {
  const [order, setOrder] = useState<string[] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);

  const saved = [...data.assignmentRules].sort((x, y) => x.position - y.position);
  const rules = order ? order.map((id) => saved.find((rule) => rule.id === id)).filter((rule): rule is Rule => Boolean(rule)) : saved;
  const editingRule = editing && editing !== 'new' ? data.assignmentRules.find((rule) => rule.id === editing.id) ?? editing : null;

  const reorder = useApiMutation(AdminAssignmentReorderRules, {
    onSuccess: async () => {
      await refresh();
      setOrder(null);
      setMessage({ kind: 'info', text: r.reordered });
    },
    onError: async (error) => {
      setOrder(null);
      setMessage({ kind: 'error', text: `${r.reorderFailed} ${describeError(error)}` });
      await refresh();
    },
  });
  const remove = useApiMutation(AdminAssignmentDeleteRule, {
    onSuccess: async (_data, variables) => {
      const name = data.assignmentRules.find((rule) => rule.id === variables.id)?.name ?? '';
      setDeleting(null);
      setMessage({ kind: 'info', text: r.deleted(name) });
      await refresh();
    },
    onError: (error) => {
      setDeleting(null);
      setMessage({ kind: 'error', text: describeError(error) });
    },
  });

  const onReorder = (ids: string[]) => {
    setOrder(ids);
    setMessage(null);
    reorder.mutate({ ids });
  };

  return (
    <div className={styles.panel}>
      <div className={styles.toolbar}>
        <h2 className={styles.subheading}>{r.heading}</h2>
        <Button variant="primary" onClick={() => { setMessage(null); setEditing('new'); }}>{r.add}</Button>
      </div>
      <p className={theme.visuallyHidden} aria-live="polite">{reorder.isPending ? r.saving : ''}</p>
      {message && <Banner kind={message.kind}>{message.text}</Banner>}
      {rules.length === 0 ? (
        <EmptyState>{r.empty}</EmptyState>
      ) : (
        <SortableList items={rules} idOf={(rule) => rule.id} labelOf={(rule) => rule.name} onReorder={onReorder}
          label={r.listLabel} disabled={reorder.isPending}
          renderItem={(rule) => {
            const index = rules.indexOf(rule);
            return (
              <div className={styles.ruleRow} data-rule-id={rule.id}>
                <div className={styles.ruleText}>
                  <div className={styles.ruleTitle}>
                    <span className={styles.position}>{r.position(index + 1)}</span>
                    <strong>{rule.name}</strong>
                    {rule.enabled ? <Badge className={styles.on}>{r.enabledLabel}</Badge> : <Badge className={styles.off}>{r.disabled}</Badge>}
                  </div>
                  <div className={styles.muted}>{ruleConditions(rule).join(' · ')}</div>
                  <div>{ruleTarget(rule)}</div>
                </div>
                <div className={styles.rowActions}>
                  <Button onClick={() => { setMessage(null); setEditing(rule); }} aria-label={r.editLabel(rule.name)}>{r.edit}</Button>
                  <Button variant="ghost" className={styles.dangerText} onClick={() => setDeleting(rule)} aria-label={r.deleteLabel(rule.name)}>{r.delete}</Button>
                </div>
              </div>
            );
          }} />
      )}
      {editing && (
        <RuleDialog key={editing === 'new' ? 'new' : editing.id} rule={editingRule} data={data} refresh={refresh}
          onClose={() => setEditing(null)}
          onSaved={(text) => { setEditing(null); setMessage({ kind: 'info', text }); }} />
      )}
      <Dialog open={deleting !== null} onOpenChange={(open) => { if (!open) setDeleting(null); }}
        title={deleting ? r.confirmDeleteTitle(deleting.name) : ''} description={r.confirmDeleteText}
        actions={<>
          <Button onClick={() => setDeleting(null)}>{strings.common.cancel}</Button>
          <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id })}>{r.confirmDelete}</Button>
        </>}>
        {null}
      </Dialog>
    </div>
  );
}
