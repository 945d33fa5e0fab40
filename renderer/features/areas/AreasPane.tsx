/**
 * The left pane: "All evidence", "Unlinked", then each area of concern. Choosing one
 * filters the evidence list; each area has its own actions menu.
 */
import {
  Button as AriaButton,
  GridList,
  GridListItem,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  type Key,
  type Selection,
} from 'react-aria-components';
import type { Area } from '../../../shared/schemas/areas.ts';
import { plural } from '../../../shared/format.ts';
import { Button } from '../../components/Button.tsx';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore, type Scope } from '../../stores/evidence.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useViewStore } from '../../stores/view.ts';

const judgementLabels = {
  sufficient: 'Sufficient progress',
  'not-sufficient': 'Not sufficient progress',
} as const;

const firstKey = (s: Selection): Key | null => (s === 'all' ? null : (s.values().next().value ?? null));

export function AreasPane() {
  const areas = useAreasStore((s) => s.areas);
  const loaded = useAreasStore((s) => s.loaded);
  const areasError = useAreasStore((s) => s.error);
  const scope = useEvidenceStore((s) => s.scope);
  const counts = useEvidenceStore((s) => s.counts);
  const setScope = useEvidenceStore((s) => s.setScope);
  const openDialog = useUiStore((s) => s.openDialog);

  const viewKey = scope.type === 'area' ? null : scope.type;
  const areaKey = scope.type === 'area' ? scope.areaId : null;
  const count = (n: number | null) => (n === null ? '' : n.toLocaleString('en-GB'));
  /*
   * A list holding the chosen view (or area) follows the arrow keys, as a sidebar does. The
   * other list only takes focus, so Tab passes through it without changing what the middle
   * pane shows; Space, Enter or a click there chooses.
   */
  const behaviour = (chosen: string | null) => (chosen ? 'replace' : 'toggle');
  const counted = (n: number | null) => (n === null ? 'counting items' : plural(n, 'item'));

  return (
    <nav className="pane pane-left" aria-label="Areas of concern and evidence views">
      <GridList
        aria-label="Views"
        className="nav-list"
        selectionMode="single"
        selectionBehavior={behaviour(viewKey)}
        disallowEmptySelection={viewKey !== null}
        selectedKeys={viewKey ? [viewKey] : []}
        onSelectionChange={(s) => {
          const key = firstKey(s);
          if (key === 'all' || key === 'unlinked') void setScope({ type: key } as Scope);
        }}
      >
        <GridListItem id="all" className="nav-item" textValue={`All evidence, ${counted(counts.all)}`}>
          <span className="nav-label">All evidence</span>
          <span className="nav-count" aria-hidden="true">
            {count(counts.all)}
          </span>
        </GridListItem>
        <GridListItem id="unlinked" className="nav-item" textValue={`Unlinked, ${counted(counts.unlinked)}`}>
          <span className="nav-label">Unlinked</span>
          <span className="nav-count" aria-hidden="true">
            {count(counts.unlinked)}
          </span>
        </GridListItem>
      </GridList>

      <div className="nav-section-header">
        {/* Focusable (not in the Tab order) so focus can land here when what had it goes. */}
        <h2 className="nav-heading" id="areas-heading" tabIndex={-1}>
          Areas of concern
        </h2>
      </div>

      {areasError ? (
        <p className="pane-error" role="alert">
          {areasError}
        </p>
      ) : null}

      {loaded && areas.length === 0 ? (
        <div className="empty empty-left">
          <p>
            An <strong>area of concern</strong> is one of the significant weaknesses named in the inspection letter,
            such as AOC1. Inspectors judge each one at the revisit, so the evidence you gather is linked to them.
          </p>
          <Button variant="secondary" onPress={() => openDialog({ kind: 'new-area' })}>
            Add an area of concern
          </Button>
          <Button variant="quiet" onPress={() => openDialog({ kind: 'letter' })}>
            Paste the inspection letter…
          </Button>
        </div>
      ) : (
        <GridList
          aria-labelledby="areas-heading"
          className="nav-list"
          selectionMode="single"
          selectionBehavior={behaviour(areaKey)}
          items={areas}
          selectedKeys={areaKey ? [areaKey] : []}
          onSelectionChange={(s) => {
            const key = firstKey(s);
            if (key !== null) void setScope({ type: 'area', areaId: String(key) });
          }}
        >
          {(area) => <AreaItem area={area} index={areas.indexOf(area)} total={areas.length} />}
        </GridList>
      )}
    </nav>
  );
}

function AreaItem({ area, index, total }: { area: Area; index: number; total: number }) {
  const openDialog = useUiStore((s) => s.openDialog);
  const move = useAreasStore((s) => s.move);
  const judgement = area.judgement ? judgementLabels[area.judgement] : null;
  const text = `${area.code} — ${area.title}, ${area.evidenceCount} evidence item${area.evidenceCount === 1 ? '' : 's'}${
    judgement ? `, ${judgement}` : ''
  }`;
  return (
    <GridListItem id={area.id} className="nav-item nav-area" textValue={text}>
      <span className="nav-label">
        <span className="area-code">{area.code}</span>
        <span className="area-sep" aria-hidden="true">
          {' '}
          —{' '}
        </span>
        <span className="area-title">{area.title}</span>
        {judgement ? (
          <span className={`judgement judgement-${area.judgement ?? ''}`}>{judgement}</span>
        ) : null}
      </span>
      <span className="nav-count" title={plural(area.evidenceCount, 'evidence item')}>
        {area.evidenceCount.toLocaleString('en-GB')}
      </span>
      <MenuTrigger>
        <AriaButton className="icon-button nav-actions" aria-label={`Actions for ${area.code}`}>
          <span aria-hidden="true">⋯</span>
        </AriaButton>
        <Popover className="popover menu-popover" placement="bottom end">
          <Menu
            className="menu"
            aria-label={`Actions for ${area.code}`}
            disabledKeys={[...(index <= 0 ? ['up'] : []), ...(index >= total - 1 ? ['down'] : [])]}
            onAction={(key) => {
              if (key === 'page') useViewStore.getState().openArea(area.id);
              else if (key === 'edit') openDialog({ kind: 'edit-area', areaId: area.id });
              else if (key === 'up') void move(area.id, -1);
              else if (key === 'down') void move(area.id, 1);
              else if (key === 'delete') openDialog({ kind: 'delete-area', areaId: area.id });
            }}
          >
            <MenuItem id="page" className="menu-item">
              Open area page
            </MenuItem>
            <MenuItem id="edit" className="menu-item">
              Edit area…
            </MenuItem>
            <MenuItem id="up" className="menu-item">
              Move up
            </MenuItem>
            <MenuItem id="down" className="menu-item">
              Move down
            </MenuItem>
            <MenuItem id="delete" className="menu-item menu-item-danger">
              Delete area…
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
    </GridListItem>
  );
}
