/**
 * Full-text search in the middle pane: what was typed runs (debounced) as search/query
 * with the filters; hits are ranked, with the matched words marked in the title and a
 * snippet, and where the match is (page 3 of a PDF, a sheet, a part). Choosing a hit
 * opens the item, and for a PDF the viewer at that page.
 */
import { useEffect, useRef } from 'react';
import {
  Button as AriaButton,
  Disclosure,
  DisclosurePanel,
  GridList,
  GridListItem,
  Heading,
  Input,
  Label,
  SearchField,
} from 'react-aria-components';
import type { SearchHit } from '../../../shared/schemas/search.ts';
import { formatDate, plural } from '../../../shared/format.ts';
import { Button } from '../../components/Button.tsx';
import { ComboField, SelectField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { activeFilterCount, useSearchStore, type PersonalDataFilter, type SearchFilterState } from '../../stores/search.ts';
import { kindLabels, kindOptions } from '../evidence/labels.ts';
import { openHit } from './openHit.ts';
import { Segments } from './Segments.tsx';

const personalOptions: { id: PersonalDataFilter; label: string }[] = [
  { id: 'any', label: 'With or without' },
  { id: 'with', label: 'Only items with personal data' },
  { id: 'without', label: 'Only items without personal data' },
];

export function SearchPane() {
  const query = useSearchStore((s) => s.query);
  const filters = useSearchStore((s) => s.filters);
  const setQuery = useSearchStore((s) => s.setQuery);
  const run = useSearchStore((s) => s.run);
  const closeSearch = useSearchStore((s) => s.closeSearch);
  const focusSeq = useSearchStore((s) => s.focusSeq);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const t = setTimeout(() => void run(), 200);
    return () => clearTimeout(t);
  }, [query, filters, run]);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusSeq]);

  return (
    <section className="pane pane-middle search-pane" aria-labelledby="search-heading">
      <div className="list-header">
        <div className="list-heading-row">
          <h2 className="pane-heading" id="search-heading">
            Search the text of all evidence
          </h2>
          <Button variant="quiet" size="small" onPress={closeSearch}>
            Back to the evidence list
          </Button>
        </div>
        <SearchField
          className="search-field"
          value={query}
          onChange={setQuery}
          onSubmit={() => void run()}
          onClear={() => setQuery('')}
          aria-describedby="search-help"
        >
          <Label className="visually-hidden">Search evidence text</Label>
          <Input ref={inputRef} className="input search-input" placeholder="Words or “a phrase” in any document" />
          {query ? (
            <AriaButton className="search-clear" aria-label="Clear search">
              <span aria-hidden="true">×</span>
            </AriaButton>
          ) : null}
        </SearchField>
        <p id="search-help" className="search-help quiet">
          Finds every word. Use “quotes” for a phrase, <code>board*</code> for words starting “board”, OR for either word, and
          -word to leave a word out.
        </p>
        <Filters />
      </div>
      <Results />
    </section>
  );
}

function Filters() {
  const filters = useSearchStore((s) => s.filters);
  const setFilters = useSearchStore((s) => s.setFilters);
  const clearFilters = useSearchStore((s) => s.clearFilters);
  const areas = useAreasStore((s) => s.areas);
  const partners = useAppStore((s) => s.library?.details.partners ?? []);
  const n = activeFilterCount(filters);
  const set = (patch: Partial<SearchFilterState>) => setFilters(patch);
  return (
    <Disclosure className="disclosure search-filters" defaultExpanded={n > 0}>
      <Heading level={3} className="disclosure-heading">
        <AriaButton slot="trigger" className="disclosure-trigger disclosure-trigger-small">
          <span className="disclosure-chevron" aria-hidden="true">
            ▸
          </span>
          Filters{n > 0 ? ` (${n} on)` : ''}
        </AriaButton>
      </Heading>
      <DisclosurePanel className="disclosure-panel">
        <div className="search-filter-grid">
          <SelectField
            label="Kind"
            hiddenLabelSuffix="of evidence to search"
            options={[{ id: 'any', label: 'Any kind' }, ...kindOptions]}
            value={filters.kind}
            onChange={(v) => set({ kind: v as SearchFilterState['kind'] })}
          />
          <SelectField
            label="Area of concern"
            options={[{ id: 'any', label: 'Any area' }, ...areas.map((a) => ({ id: a.id, label: `${a.code} — ${a.title}` }))]}
            value={filters.areaId}
            onChange={(v) => set({ areaId: v })}
          />
          <ComboField label="Source organisation" placeholder="Any source" suggestions={partners} value={filters.source} onChange={(v) => set({ source: v })} onPick={(v) => set({ source: v })} />
          <SelectField label="Personal data" options={personalOptions} value={filters.personalData} onChange={(v) => set({ personalData: v as PersonalDataFilter })} />
          <DateInputField label="As at from" value={filters.from} onChange={(v) => set({ from: v })} />
          <DateInputField label="As at to" value={filters.to} onChange={(v) => set({ to: v })} />
        </div>
        {n > 0 ? (
          <Button variant="link" size="small" onPress={clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </DisclosurePanel>
    </Disclosure>
  );
}

function Results() {
  const query = useSearchStore((s) => s.query);
  const hits = useSearchStore((s) => s.hits);
  const total = useSearchStore((s) => s.total);
  const empty = useSearchStore((s) => s.empty);
  const answered = useSearchStore((s) => s.answered);
  const loading = useSearchStore((s) => s.loading);
  const error = useSearchStore((s) => s.error);
  const more = useSearchStore((s) => s.more);
  const filtersOn = useSearchStore((s) => activeFilterCount(s.filters) > 0);

  const count = !query.trim()
    ? ''
    : loading && answered === null
      ? 'Searching…'
      : empty
        ? 'Type a word to search for.'
        : total === 0
          ? 'No matches'
          : hits.length < total
            ? `${hits.length} of ${plural(total, 'item')}`
            : plural(total, 'item');

  return (
    <div className="search-results-wrap">
      <p className="list-count search-count" aria-live="polite">
        {count}
      </p>
      {error ? (
        <p className="pane-error" role="alert">
          {error}
        </p>
      ) : null}
      {!query.trim() ? (
        <div className="empty">
          <p className="empty-title">Find any sentence in your evidence</p>
          <p>
            Type words from a document: the text of every imported PDF, Word document, spreadsheet and email is searched,
            page by page. Choosing a result opens the item, and a PDF at the page that matched.
          </p>
        </div>
      ) : answered !== null && total === 0 && !empty ? (
        <div className="empty">
          <p className="empty-title">Nothing matches “{query.trim()}”</p>
          <p>
            Check the spelling, try fewer or shorter words, or end a word with * to match its start
            {filtersOn ? ', or clear the filters' : ''}.
          </p>
        </div>
      ) : hits.length > 0 ? (
        <>
          <GridList
            aria-label="Search results"
            className="search-results"
            items={hits}
            onAction={(key) => {
              const hit = hits.find((h) => h.id === key);
              if (hit) void openHit(hit, query);
            }}
          >
            {(hit) => (
              <GridListItem id={hit.id} textValue={hit.title} className="search-hit">
                <HitBody hit={hit} />
              </GridListItem>
            )}
          </GridList>
          {hits.length < total ? (
            <div className="search-more">
              <Button variant="secondary" size="small" onPress={() => void more()} isDisabled={loading}>
                Show more results
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** Where the match is; capitalised like the labels the core gives ("Part 2", "Sheet Summary"). */
function where(hit: SearchHit): string {
  if (hit.page !== null) return `Page ${hit.page}${hit.fileName ? ` of ${hit.fileName}` : ''}`;
  if (hit.label) return `${hit.label}${hit.fileName ? ` of ${hit.fileName}` : ''}`;
  if (hit.fileName) return `In ${hit.fileName}`;
  return 'In the title or description';
}

function HitBody({ hit }: { hit: SearchHit }) {
  const meta = [
    kindLabels[hit.kind],
    hit.asAt ? `as at ${formatDate(hit.asAt)}` : '',
    hit.source,
    hit.areaCodes.join(', '),
  ].filter(Boolean);
  return (
    <div className="search-hit-body">
      <span className="search-hit-title">
        <Segments segments={hit.titleSegments.length ? hit.titleSegments : [{ text: hit.title, hit: false }]} />
      </span>
      <span className="search-hit-where">
        {where(hit)}
        {hit.spread
          ? ' · the words are on different pages of this item'
          : hit.matches > 1
            ? ` · ${plural(hit.matches - 1, 'more match', 'more matches')} in this item`
            : ''}
      </span>
      {hit.snippet.length > 0 ? (
        <span className="search-snippet">
          <Segments segments={hit.snippet} />
        </span>
      ) : null}
      <span className="search-hit-meta quiet">
        {meta.join(' · ')}
        {hit.personalData ? <span className="badge badge-personal">Personal data</span> : null}
      </span>
    </div>
  );
}
