import { useState } from 'react';
import { Menu, MenuItem, MenuTrigger, Popover, Separator, Text, Tooltip, TooltipTrigger, type Key } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { ViewSwitcher } from '../readiness/ViewSwitcher.tsx';
import { shortcutLabel } from './shortcuts.ts';
import { FindButtons } from '../palette/FindLayer.tsx';
import { ImportButtons } from '../import/ImportButtons.tsx';
import { StartAgainDialog } from '../start/StartAgainDialog.tsx';

export function Header() {
  const library = useAppStore((s) => s.library);
  const openExample = useAppStore((s) => s.openExample);
  const closeLibrary = useAppStore((s) => s.closeLibrary);
  const openDialog = useUiStore((s) => s.openDialog);
  const [startingAgain, setStartingAgain] = useState(false);
  if (!library) return null;

  const onMenu = (key: Key) => {
    switch (key) {
      case 'details':
        openDialog({ kind: 'library-details' });
        break;
      case 'check':
        openDialog({ kind: 'check' });
        break;
      case 'backup':
        openDialog({ kind: 'backup' });
        break;
      case 'restore':
        openDialog({ kind: 'restore' });
        break;
      case 'merge':
        openDialog({ kind: 'merge' });
        break;
      case 'export':
        openDialog({ kind: 'export' });
        break;
      case 'letter':
      case 'action-statuses':
      case 'import-actions':
      case 'stocktakes':
      case 'assessment-settings':
        openDialog({ kind: key });
        break;
      case 'example':
        openExample().catch((e: unknown) => say(messageOf(e)));
        break;
      case 'example-again':
        setStartingAgain(true);
        break;
      case 'close':
        closeLibrary().catch((e: unknown) => say(messageOf(e)));
        break;
    }
  };

  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-name">Revisit Ready</span>
        <h1 className="library-name" tabIndex={-1}>{library.details.name}</h1>
        {library.isExample ? <span className="tag tag-example">Example library — changes are kept in a copy</span> : null}
      </div>
      <ViewSwitcher />
      <div className="header-actions">
        <FindButtons />
        <ImportButtons />
        <TooltipTrigger delay={600}>
          <Button variant="primary" onPress={() => openDialog({ kind: 'new-evidence' })} aria-keyshortcuts="Alt+Shift+N">
            New evidence item
          </Button>
          <Tooltip className="tooltip" placement="bottom">
            Add an evidence item ({shortcutLabel('N')})
          </Tooltip>
        </TooltipTrigger>
        <TooltipTrigger delay={600}>
          <Button variant="secondary" onPress={() => openDialog({ kind: 'new-area' })} aria-keyshortcuts="Alt+Shift+A">
            New area of concern
          </Button>
          <Tooltip className="tooltip" placement="bottom">
            Add an area of concern ({shortcutLabel('A')})
          </Tooltip>
        </TooltipTrigger>
        <MenuTrigger>
          <Button variant="secondary" aria-label="Library menu">
            Library <span aria-hidden="true">▾</span>
          </Button>
          <Popover className="popover menu-popover" placement="bottom end">
            <Menu className="menu" onAction={onMenu} aria-label="Library">
              <MenuItem id="details" className="menu-item" textValue="Library details…">
                <Text slot="label">Library details…</Text>
              </MenuItem>
              <MenuItem id="check" className="menu-item" textValue="Check library">
                <Text slot="label">Check library</Text>
              </MenuItem>
              <MenuItem id="backup" className="menu-item" textValue="Back up library…">
                <Text slot="label">Back up library…</Text>
              </MenuItem>
              <MenuItem id="restore" className="menu-item" textValue="Restore from a backup…">
                <Text slot="label">Restore from a backup…</Text>
              </MenuItem>
              <MenuItem id="merge" className="menu-item" textValue="Add evidence from a colleague’s backup…">
                <Text slot="label">Add evidence from a colleague’s backup…</Text>
              </MenuItem>
              <Separator className="menu-separator" />
              <MenuItem id="export" className="menu-item" textValue="Export the evidence pack…">
                <Text slot="label">Export the evidence pack…</Text>
              </MenuItem>
              <Separator className="menu-separator" />
              <MenuItem id="letter" className="menu-item" textValue="Paste the inspection letter…">
                <Text slot="label">Paste the inspection letter…</Text>
              </MenuItem>
              <MenuItem id="action-statuses" className="menu-item" textValue="Action statuses…">
                <Text slot="label">Action statuses…</Text>
              </MenuItem>
              <MenuItem id="import-actions" className="menu-item" textValue="Import actions from a tracker…">
                <Text slot="label">Import actions from a tracker…</Text>
              </MenuItem>
              <MenuItem id="stocktakes" className="menu-item" textValue="Stocktakes…">
                <Text slot="label">Stocktakes…</Text>
              </MenuItem>
              <MenuItem id="assessment-settings" className="menu-item" textValue="Judgement wording and freshness…">
                <Text slot="label">Judgement wording and freshness…</Text>
              </MenuItem>
              <Separator className="menu-separator" />
              {library.isExample ? null : (
                <MenuItem id="example" className="menu-item" textValue="Open the example library">
                  <Text slot="label">Open the example library</Text>
                </MenuItem>
              )}
              {library.isExample ? (
                <MenuItem id="example-again" className="menu-item" textValue="Start the example again…">
                  <Text slot="label">Start the example again…</Text>
                </MenuItem>
              ) : null}
              <MenuItem id="close" className="menu-item" textValue="Close library">
                <Text slot="label">Close library</Text>
              </MenuItem>
</Menu>
          </Popover>
        </MenuTrigger>
      </div>
      <StartAgainDialog isOpen={startingAgain} onClose={() => setStartingAgain(false)} />
    </header>
  );
}
