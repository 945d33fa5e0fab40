/**
 * Quick find (Ctrl+K, ⌘K on a Mac): jump to any evidence item or area of concern by a
 * word of its title or its code, and run any command of the header's menus and screens
 * (commands.ts). Answers as you type; a command that matches comes first.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Autocomplete,
  Button as AriaButton,
  Collection,
  Dialog,
  Header,
  Input,
  Keyboard,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Modal,
  ModalOverlay,
  SearchField,
  type Key,
} from 'react-aria-components';
import type { QuickFindData } from '../../../shared/schemas/search.ts';
import { formatDate, plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { usePaletteStore } from '../../stores/palette.ts';
import { useViewStore } from '../../stores/view.ts';
import { kindLabels } from '../evidence/labels.ts';
import { openItem } from '../search/openItem.ts';
import { makeFinder } from './quickFind.ts';
import { buildCommands, matchCommands, wordsOf } from './commands.ts';
import { paletteShortcut } from './keys.ts';

interface Entry {
  id: string;
  label: string;
  detail: string;
  kbd?: string;
  run: () => void;
}

export function Palette() {
  const open = usePaletteStore((s) => s.open);
  const close = usePaletteStore((s) => s.closePalette);
  if (!open) return null;
  return (
    <ModalOverlay className="modal-overlay palette-overlay" isOpen isDismissable onOpenChange={(o) => !o && close()}>
      <Modal className="modal palette-modal">
        <Dialog className="dialog palette" aria-label="Quick find">
          <PaletteBody onClose={close} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const [data, setData] = useState<QuickFindData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('search/quickFind', {})
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);

  const finder = useMemo(() => (data ? makeFinder(data) : null), [data]);
  const found = useMemo(() => finder?.find(typed) ?? { items: [], areas: [], fuzzy: false }, [finder, typed]);

  const then = (fn: () => void) => () => {
    onClose();
    // After the palette has closed (and returned focus), so the next screen can take it.
    setTimeout(fn, 0);
  };

  const library = useAppStore((st) => st.library);
  const commands = buildCommands({ typed: typed.trim(), then, close: onClose }).filter((c) => library || !c.needsLibrary);
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  // Commands whose words start with every word typed; the full-text search stays offered either way.
  const matched = matchCommands(wordsOf(typed), commands);
  const search = commands.find((c) => c.id === 'cmd-search');
  const shownCommands = words.length === 0 ? commands : [...matched, ...(search && !matched.includes(search) ? [search] : [])];
  const commandsFirst = words.length > 0 && matched.length > 0;

  const itemEntries: Entry[] = found.items.map((i) => ({
    id: `item-${i.id}`,
    label: i.title,
    detail: [kindLabels[i.kind], i.asAt ? `as at ${formatDate(i.asAt)}` : '', i.areaCodes.join(', '), i.source].filter(Boolean).join(' · '),
    run: then(() => void openItem(i.id, { focus: true })),
  }));
  const areaEntries: Entry[] = found.areas.map((a) => ({
    id: `area-${a.id}`,
    label: `${a.code} — ${a.title}`,
    detail: 'Area of concern',
    run: then(() => useViewStore.getState().openArea(a.id)),
  }));

  const commandSection: { id: string; title: string; entries: Entry[] } = { id: 'commands', title: 'Commands', entries: shownCommands };
  const sections = [
    // A command that matches comes first, so Enter runs it ("export" → Export the evidence pack…).
    ...(commandsFirst ? [commandSection] : []),
    { id: 'items', title: words.length ? 'Evidence items' : 'Evidence items (type to find more)', entries: itemEntries },
    { id: 'areas', title: 'Areas of concern', entries: areaEntries },
    ...(commandsFirst ? [] : [commandSection]),
  ].filter((s) => s.entries.length > 0);
  const all = sections.flatMap((s) => s.entries);

  const onAction = (key: Key) => all.find((e) => e.id === key)?.run();
  const countText = !data
    ? error
      ? ''
      : 'Loading…'
    : words.length === 0
      ? ''
      : `${commandsFirst ? `${plural(matched.length, 'command')}; ` : ''}${itemEntries.length} item${itemEntries.length === 1 ? '' : 's'} and ${areaEntries.length} area${areaEntries.length === 1 ? '' : 's'} found${found.fuzzy && itemEntries.length + areaEntries.length > 0 ? ' by similar spelling' : ''}`;

  return (
    <div className="palette-body">
      <Autocomplete inputValue={typed} onInputChange={setTyped}>
        <SearchField
          className="palette-field"
          autoFocus
          aria-describedby="palette-help"
          // Escape closes quick find at once (as in VS Code), rather than first clearing what was typed.
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else e.continuePropagation();
          }}
        >
          <Label className="visually-hidden">Quick find</Label>
          <span className="palette-icon" aria-hidden="true">
            ⌕
          </span>
          <Input className="input palette-input" placeholder="Find an item or area, or run a command…" />
          {typed ? (
            <AriaButton className="search-clear" aria-label="Clear">
              <span aria-hidden="true">×</span>
            </AriaButton>
          ) : null}
        </SearchField>
        <p id="palette-help" className="visually-hidden">
          Use the up and down arrow keys to choose, and Enter to open.
        </p>
        {error ? (
          <p className="pane-error" role="alert">
            {error}
          </p>
        ) : null}
        <p className="palette-count quiet" aria-live="polite">
          {countText}
        </p>
        <ListBox
          className="listbox palette-list"
          aria-label="Quick find results"
          onAction={onAction}
          renderEmptyState={() => <p className="listbox-empty">Nothing matches “{typed.trim()}”.</p>}
        >
          {sections.map((s) => (
            <ListBoxSection key={s.id} id={s.id} className="palette-section">
              <Header className="palette-section-title">{s.title}</Header>
              <Collection items={s.entries}>
                {(e) => (
                  <ListBoxItem id={e.id} textValue={e.label} className="listbox-item palette-item">
                    <span className="palette-item-label">{e.label}</span>
                    <span className="palette-item-detail">{e.detail}</span>
                    {e.kbd ? <Keyboard className="menu-kbd">{e.kbd}</Keyboard> : null}
                  </ListBoxItem>
                )}
              </Collection>
            </ListBoxSection>
          ))}
        </ListBox>
      </Autocomplete>
      <p className="palette-footer quiet" aria-hidden="true">
        ↑ ↓ to choose · Enter to open · Esc to close · {paletteShortcut} opens this anywhere
      </p>
    </div>
  );
}
