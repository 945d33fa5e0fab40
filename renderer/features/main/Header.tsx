import { Menu, MenuItem, MenuTrigger, Popover, Separator, Text, Tooltip, TooltipTrigger, type Key } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { shortcutLabel } from './shortcuts.ts';

export function Header() {
  const library = useAppStore((s) => s.library);
  const openExample = useAppStore((s) => s.openExample);
  const closeLibrary = useAppStore((s) => s.closeLibrary);
  const openDialog = useUiStore((s) => s.openDialog);
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
      case 'example':
        openExample().catch((e: unknown) => say(messageOf(e)));
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
        <h1 className="library-name">{library.details.name}</h1>
        {library.isExample ? <span className="tag tag-example">Example library — changes are kept in a copy</span> : null}
      </div>
      <div className="header-actions">
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
              <Separator className="menu-separator" />
              <MenuItem id="example" className="menu-item" textValue="Open the example library">
                <Text slot="label">Open the example library</Text>
              </MenuItem>
              <MenuItem id="close" className="menu-item" textValue="Close library">
                <Text slot="label">Close library</Text>
              </MenuItem>
</Menu>
          </Popover>
        </MenuTrigger>
      </div>
    </header>
  );
}
