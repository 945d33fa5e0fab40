/**
 * Shows an evidence item in the details pane from anywhere (an import result, a search
 * hit, the palette): switches to the evidence screen and, when the list is scoped to an
 * area the item is not in, widens it to all evidence so the row is there too.
 */
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useSearchStore } from '../../stores/search.ts';
import { useViewStore } from '../../stores/view.ts';
import { focusDetails } from '../evidence/EvidenceListPane.tsx';

export async function openItem(id: string, options: { focus?: boolean } = {}): Promise<void> {
  if (useViewStore.getState().view !== 'evidence') useViewStore.getState().show('evidence');
  const evidence = useEvidenceStore.getState();
  if (!useSearchStore.getState().open && evidence.scope.type !== 'all' && !evidence.items.some((i) => i.id === id)) {
    await evidence.setScope({ type: 'all' });
  }
  await useEvidenceStore.getState().select(id);
  if (options.focus) focusDetails();
}
