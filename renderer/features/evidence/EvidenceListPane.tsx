/**
 * The middle pane: the evidence in the chosen scope as a sortable, filterable table.
 * Selecting a row (mouse or keyboard) shows the item in the right pane.
 */
import { useMemo, type ReactNode } from 'react';
import {
  Cell,
  Column,
  Disclosure,
  DisclosurePanel,
  Heading,
  Input,
  Label,
  Row,
  SearchField,
  Table,
  TableBody,
  TableHeader,
  TableLayout,
  Virtualizer,
  Button as AriaButton,
  type ColumnProps,
  type Key,
  type SortDescriptor,
} from 'react-aria-components';
import { formatDate, plural } from '../../../shared/format.ts';
import { Button } from '../../components/Button.tsx';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore, visibleItems, type SortColumn } from '../../stores/evidence.ts';
import { useUiStore } from '../../stores/ui.ts';
import { kindLabels } from './labels.ts';

/** `width` is used when the list is long enough to be virtualised; app.css gives the same widths otherwise. */
const columns: { id: SortColumn; name: string; isRowHeader?: boolean; className: string; width: ColumnProps['width']; minWidth?: number }[] = [
  { id: 'title', name: 'Title', isRowHeader: true, className: 'col-title', width: '1fr', minWidth: 180 },
  { id: 'kind', name: 'Kind', className: 'col-kind', width: 88 },
  { id: 'asAt', name: 'As at', className: 'col-date', width: 150 },
  { id: 'source', name: 'Source', className: 'col-source', width: 112 },
  { id: 'areas', name: 'Areas', className: 'col-areas', width: 72 },
  { id: 'files', name: 'Files', className: 'col-num', width: 46 },
  { id: 'personalData', name: 'Personal data', className: 'col-personal', width: 88 },
];

/**
 * From this many rows the table draws only the rows in view: a survey import can add
 * thousands of items, and drawing every row made selecting one take seconds.
 */
export const VIRTUAL_FROM = 200;
/** Room for a title of two lines (titles are clamped to two). */
const VIRTUAL_ROW_HEIGHT = 56;

function MaybeVirtual({ on, children }: { on: boolean; children: ReactNode }) {
  if (!on) return <>{children}</>;
  return (
    <Virtualizer layout={TableLayout} layoutOptions={{ rowHeight: VIRTUAL_ROW_HEIGHT, headingHeight: 40 }}>
      {children}
    </Virtualizer>
  );
}

/** Moves focus to the Title field in the details pane (Enter or double-click on a row). */
export function focusDetails() {
  // (The page can be gone by then: a test's page is taken down as soon as it ends.)
  setTimeout(() => globalThis.document?.getElementById('evidence-title')?.focus(), 50);
}

export function EvidenceListPane() {
  const items = useEvidenceStore((s) => s.items);
  const listLoaded = useEvidenceStore((s) => s.listLoaded);
  const listError = useEvidenceStore((s) => s.listError);
  const filter = useEvidenceStore((s) => s.filter);
  const setFilter = useEvidenceStore((s) => s.setFilter);
  const sort = useEvidenceStore((s) => s.sort);
  const setSort = useEvidenceStore((s) => s.setSort);
  const selectedId = useEvidenceStore((s) => s.selectedId);
  const select = useEvidenceStore((s) => s.select);
  const scope = useEvidenceStore((s) => s.scope);
  const only = useEvidenceStore((s) => s.only);
  const showAll = useEvidenceStore((s) => s.showAll);
  const areas = useAreasStore((s) => s.areas);
  const openDialog = useUiStore((s) => s.openDialog);

  const rows = useMemo(() => visibleItems(items, filter, sort), [items, filter, sort]);
  const area = scope.type === 'area' ? areas.find((a) => a.id === scope.areaId) : undefined;
  const heading =
    scope.type === 'all' ? 'All evidence' : scope.type === 'unlinked' ? 'Unlinked evidence' : area ? areaLabel(area) : 'Area of concern';
  const countText =
    filter.trim() && rows.length !== items.length
      ? `${rows.length} of ${plural(items.length, 'item')} match`
      : plural(items.length, 'item');

  const onSort = (d: SortDescriptor) => {
    setSort({ column: d.column as SortColumn, direction: d.direction });
  };

  return (
    <section className="pane pane-middle" aria-labelledby="list-heading">
      <div className="list-header">
        <div className="list-heading-row">
          <h2 className="pane-heading" id="list-heading">
            {heading}
          </h2>
          <span className="list-count" aria-live="polite">
            {listLoaded ? countText : 'Loading…'}
          </span>
        </div>
        {area ? (
          <Disclosure className="disclosure weakness-disclosure">
            <Heading level={3} className="disclosure-heading">
              <AriaButton slot="trigger" className="disclosure-trigger disclosure-trigger-small">
                <span className="disclosure-chevron" aria-hidden="true">
                  ▸
                </span>
                Weakness, as written in the inspection letter
              </AriaButton>
            </Heading>
            <DisclosurePanel className="disclosure-panel">
              <blockquote className="weakness-quote">{area.weakness}</blockquote>
            </DisclosurePanel>
          </Disclosure>
        ) : null}
        <SearchField className="search-field" value={filter} onChange={setFilter} aria-describedby="filter-help">
          <Label className="visually-hidden">Filter evidence</Label>
          <Input className="input search-input" placeholder="Filter by title, source or area code" />
          {filter ? (
            <AriaButton className="search-clear" aria-label="Clear filter">
              <span aria-hidden="true">×</span>
            </AriaButton>
          ) : null}
        </SearchField>
        <span id="filter-help" className="visually-hidden">
          Filters the list by title, source organisation or area code as you type.
        </span>
        {only ? (
          <div className="notice notice-warning list-only-notice" role="status">
            <p>{only.label}.</p>
            <Button variant="secondary" size="small" onPress={() => void showAll()}>
              Show all
            </Button>
          </div>
        ) : null}
      </div>

      {listError ? (
        <p className="pane-error" role="alert">
          {listError}
        </p>
      ) : null}

      {listLoaded && items.length === 0 && !listError ? (
        <EmptyList scopeType={scope.type} areaCode={area?.code} onAdd={() => openDialog({ kind: 'new-evidence' })} />
      ) : (
        <div className={`table-wrap${rows.length >= VIRTUAL_FROM ? ' is-virtual' : ''}`}>
          <MaybeVirtual on={rows.length >= VIRTUAL_FROM}>
          <Table
            aria-label="Evidence list"
            aria-describedby="list-heading"
            className="table"
            selectionMode="single"
            selectionBehavior="replace"
            selectedKeys={selectedId ? [selectedId] : []}
            onSelectionChange={(keys) => {
              if (keys === 'all') return;
              const key: Key | undefined = keys.values().next().value;
              if (key !== undefined) void select(String(key));
            }}
            onRowAction={(key) => {
              void select(String(key));
              focusDetails();
            }}
            sortDescriptor={{ column: sort.column, direction: sort.direction }}
            onSortChange={onSort}
          >
            <TableHeader className="table-header" columns={columns}>
              {(c) => (
                <Column id={c.id} isRowHeader={c.isRowHeader ?? false} allowsSorting className={`th ${c.className}`} width={c.width} {...(c.minWidth ? { minWidth: c.minWidth } : {})}>
                  {({ sortDirection }) => (
                    <span className="th-inner">
                      {c.name}
                      <span className="sort-indicator" aria-hidden="true">
                        {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : ''}
                      </span>
                    </span>
                  )}
                </Column>
              )}
            </TableHeader>
            <TableBody
              className="table-body"
              items={rows}
              renderEmptyState={() => (
                <p className="table-empty">
                  {listLoaded ? `No evidence matches “${filter.trim()}”. Clear the filter to see every item.` : 'Loading…'}
                </p>
              )}
            >
              {(item) => (
                <Row id={item.id} className="tr" textValue={item.title}>
                  <Cell className="td col-title">
                    <span className="cell-clamp" title={item.title}>
                      {item.title}
                    </span>
                  </Cell>
                  <Cell className="td col-kind">
                    <span className="cell-clamp">{kindLabels[item.kind]}</span>
                  </Cell>
                  <Cell className="td col-date">{formatDate(item.asAt, '—')}</Cell>
                  <Cell className="td col-source">
                    <span className="cell-clamp" title={item.source || undefined}>
                      {item.source || '—'}
                    </span>
                  </Cell>
                  <Cell className="td col-areas">
                    <span className="cell-clamp" title={item.areaCodes.join(', ') || undefined}>
                      {item.areaCodes.length ? item.areaCodes.join(', ') : 'None'}
                    </span>
                  </Cell>
                  <Cell className="td col-num">{item.fileCount}</Cell>
                  <Cell className="td col-personal">
                    {item.personalData ? <span className="badge badge-personal">Yes</span> : 'No'}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
          </MaybeVirtual>
        </div>
      )}
    </section>
  );
}

function EmptyList({ scopeType, areaCode, onAdd }: { scopeType: string; areaCode: string | undefined; onAdd: () => void }) {
  if (scopeType === 'unlinked') {
    return (
      <div className="empty">
        <p className="empty-title">Every evidence item is linked to an area of concern.</p>
        <p>Items you add without choosing an area appear here, so nothing is forgotten.</p>
      </div>
    );
  }
  if (scopeType === 'area') {
    return (
      <div className="empty">
        <p className="empty-title">No evidence is linked to {areaCode ?? 'this area'} yet.</p>
        <p>
          Evidence of <strong>impact</strong> helps most: what has changed for children and families. For example
          performance data over time, what parents and carers said, an audit of EHC plans, or a child’s journey.
        </p>
        <Button variant="primary" onPress={onAdd}>
          Add an evidence item
        </Button>
      </div>
    );
  }
  return (
    <div className="empty">
      <p className="empty-title">No evidence yet.</p>
      <p>
        Add the documents, data, feedback and case studies that show what has changed: strategies and minutes,
        performance data, what parents, carers and young people said, and children’s journeys. You can attach
        files and link each item to the areas of concern it evidences.
      </p>
      <Button variant="primary" onPress={onAdd}>
        Add an evidence item
      </Button>
    </div>
  );
}
