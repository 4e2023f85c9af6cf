import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { strings } from '../strings';
import { Button } from './Button';
import styles from './SortableList.module.css';

interface SortableListProps<T> {
  items: T[];
  idOf: (item: T) => string;
  /** What a screen reader says for an item (its name). */
  labelOf: (item: T) => string;
  /** The new order (all ids); the caller saves it, and shows it at once. */
  onReorder: (ids: string[]) => void;
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name, e.g. "Categories, in the order members see them". */
  label: string;
  disabled?: boolean;
}

/**
 * A list put in order by drag and drop (dnd-kit), with the keyboard too: each row has a handle (Space to lift, arrows
 * to move, Space to drop, Escape to cancel; moves are announced) and Move up / Move down buttons.
 */
export function SortableList<T>({ items, idOf, labelOf, onReorder, renderItem, label, disabled }: SortableListProps<T>) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = items.map(idOf);
  const nameOf = (id: string | number) => {
    const item = items.find((candidate) => idOf(candidate) === String(id));
    return item ? labelOf(item) : '';
  };
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const s = strings.common.sortable;
  const announcements: Announcements = {
    onDragStart: ({ active }) => s.picked(nameOf(active.id), positionOf(active.id), ids.length),
    onDragOver: ({ active, over }) => (over ? s.over(nameOf(active.id), positionOf(over.id), ids.length) : ''),
    onDragEnd: ({ active, over }) => (over ? s.dropped(nameOf(active.id), positionOf(over.id), ids.length) : ''),
    onDragCancel: ({ active }) => s.cancelled(nameOf(active.id)),
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return;
    onReorder(arrayMove(ids, from, to));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: s.instructions } }}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ol className={styles.list} aria-label={label}>
          {items.map((item, index) => (
            <SortableRow key={idOf(item)} id={idOf(item)} name={labelOf(item)} disabled={disabled}
              first={index === 0} last={index === items.length - 1}
              onUp={() => move(index, index - 1)} onDown={() => move(index, index + 1)}>
              {renderItem(item)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, name, children, first, last, onUp, onDown, disabled }: {
  id: string; name: string; children: ReactNode; first: boolean; last: boolean; onUp: () => void; onDown: () => void; disabled?: boolean;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  const s = strings.common.sortable;
  return (
    <li ref={setNodeRef} className={[styles.row, isDragging ? styles.dragging : ''].join(' ')}
      style={{ transform: CSS.Transform.toString(transform), transition }}>
      <button type="button" ref={setActivatorNodeRef} className={styles.handle} aria-label={s.handle(name)} disabled={disabled} {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <div className={styles.content}>{children}</div>
      <span className={styles.moves}>
        {/* aria-disabled rather than disabled at the ends: a button that disables itself under the keyboard drops focus. */}
        <Button variant="ghost" onClick={first ? undefined : onUp} disabled={disabled} aria-disabled={first || undefined} aria-label={s.up(name)}><span aria-hidden="true">↑</span></Button>
        <Button variant="ghost" onClick={last ? undefined : onDown} disabled={disabled} aria-disabled={last || undefined} aria-label={s.down(name)}><span aria-hidden="true">↓</span></Button>
      </span>
    </li>
  );
}
