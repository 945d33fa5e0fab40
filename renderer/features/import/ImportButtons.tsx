import { Menu, MenuItem, MenuTrigger, Popover, Separator, type Key } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useUiStore } from '../../stores/ui.ts';
import { pickAndImport } from './pick.ts';

const items = (linkedTo: string | null): { id: string; label: string; hint: string }[] => [
  {
    id: 'files',
    label: 'Files…',
    hint: linkedTo ? `Documents as evidence items, each linked to ${linkedTo} (or drag files onto the window)` : 'Documents as evidence items (or drag files onto the window)',
  },
  {
    id: 'folder',
    label: 'A folder…',
    hint: linkedTo ? `Every file in a folder and the folders inside it, each linked to ${linkedTo}` : 'Every file in a folder and the folders inside it',
  },
  { id: 'series', label: 'Data series from a spreadsheet…', hint: 'A CSV or Excel table of dated figures' },
  { id: 'survey', label: 'Survey responses…', hint: 'A survey export: one feedback item per answer' },
];

/** The header's Import menu: documents, folders, data series and survey exports. */
export function ImportButtons() {
  const openDialog = useUiStore((s) => s.openDialog);
  // Documents imported while an area is chosen on the left are linked to it: say so before, not only after.
  const scope = useEvidenceStore((s) => s.scope);
  const area = useAreasStore((s) => (scope.type === 'area' ? s.areas.find((a) => a.id === scope.areaId) : undefined));
  const onAction = (key: Key) => {
    if (key === 'files') pickAndImport();
    else if (key === 'folder') pickAndImport({ directory: true });
    else if (key === 'series') openDialog({ kind: 'import-series' });
    else if (key === 'survey') openDialog({ kind: 'import-survey' });
  };
  return (
    <MenuTrigger>
      <Button variant="secondary" aria-label="Import">
        Import <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover menu-popover" placement="bottom end">
        <Menu className="menu" onAction={onAction} aria-label="Import">
          {items(area ? area.code : null).map((i, n) => [
            n === 2 ? <Separator key="sep" className="menu-separator" /> : null,
            // The name holds all the item's visible text (WCAG 2.5.3, label in name), so the
            // hint is part of it rather than a separate description.
            <MenuItem key={i.id} id={i.id} className="menu-item" textValue={i.label} aria-label={`${i.label} ${i.hint}`}>
              <span className="menu-label">{i.label}</span>
              <span className="menu-hint">{i.hint}</span>
            </MenuItem>,
          ])}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
