import type { ImportResult } from '../../../shared/schemas/ingest.ts';
import { boolOption, UsageError } from '../args.ts';
import { areaByCode, call, openApp, print, str, type Command, type Ctx } from '../context.ts';
import { segmentsToMarkdown } from '../../core/search/segments.ts';
import { importTables } from './import-tables.ts';

const resultJson = (r: ImportResult) => ({ path: r.path, status: r.status, id: r.id, error: r.error });

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

async function areaIds(ctx: Ctx, codes: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const code of codes) ids.push((await areaByCode(ctx, code)).id);
  return ids;
}

function humanResult(r: ImportResult): string {
  switch (r.status) {
    case 'imported':
      return `imported\t${r.id}\t${r.path}${r.note ? `\t(${r.note})` : ''}`;
    case 'duplicate':
      return `duplicate\t${r.id}\t${r.path}\t(already in the library as "${r.title}")`;
    case 'failed':
    case 'cancelled':
      return `${r.status}\t\t${r.path}\t${r.error}`;
    default: {
      const never: never = r.status;
      return never;
    }
  }
}

function parseLimit(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new UsageError('--limit takes a whole number from 1 to 200');
  return n;
}

async function importTablesCommand(ctx: Ctx, kind: 'data' | 'feedback', paths: string[], ids: string[]): Promise<number> {
  const results = await importTables(ctx, kind, paths, ids);
  const human = results.map((r) => (r.status === 'failed' ? `failed\t\t${r.path}\t${r.error}` : `${r.status}\t${r.id}\t${r.path}\t(${r.note})`));
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const bad = count('failed');
  const summary = `${count('imported')} imported, ${count('duplicate')} already in the library, ${bad} could not be imported.`;
  print(ctx, { results: results.map(({ path, status, id, error }) => ({ path, status, id, error })) }, [...human, summary].join('\n'));
  if (bad > 0) {
    ctx.io.stderr(`${bad === 1 ? 'One file' : `${bad} files`} could not be imported; the reason is given beside each.\n`);
    return 1;
  }
  return 0;
}

export const ingestCommands: Command[] = [
  {
    name: 'import',
    options: { area: { type: 'string', multiple: true }, kind: { type: 'string' }, 'personal-data': { type: 'string' } },
    async run(p, ctx) {
      if (p.positionals.length === 0) throw new UsageError('missing the files or folders to import');
      const kind = str(p.values['kind']) ?? 'document';
      if (!['document', 'data', 'feedback'].includes(kind)) throw new UsageError('--kind takes document, data or feedback');
      const personalData = boolOption(p.values['personal-data'], 'personal-data') ?? false;
      const app = openApp(ctx, true);
      const ids = await areaIds(ctx, strings(p.values['area']));
      if (kind === 'data' || kind === 'feedback') return importTablesCommand(ctx, kind, p.positionals, ids);
      const stop = app.onEvent((e) => {
        if (e.name !== 'ingest/file') return;
        const { result } = e.payload as { result: ImportResult };
        ctx.io.stderr(`${result.status.padEnd(9)} ${result.path}${result.error ? ` — ${result.error}` : ''}\n`);
      });
      let state;
      try {
        state = await call(ctx, 'ingest/run', { sources: p.positionals.map((path) => ({ type: 'path', path })), areaIds: ids, kind, personalData });
      } finally {
        stop();
      }
      const { imported, duplicate, failed } = state.counts;
      const summary = `${imported} imported, ${duplicate} already in the library, ${failed} could not be imported.`;
      print(ctx, { results: state.results.map(resultJson) }, [...state.results.map(humanResult), summary].join('\n'));
      if (failed > 0) {
        ctx.io.stderr(`${failed === 1 ? 'One file' : `${failed} files`} could not be imported; the reason is given beside each.\n`);
        return 1;
      }
      return 0;
    },
  },
  {
    name: 'search',
    options: { limit: { type: 'string' }, area: { type: 'string', multiple: true }, kind: { type: 'string', multiple: true }, source: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
    async run(p, ctx) {
      const query = p.positionals.join(' ').trim();
      if (!query) throw new UsageError('missing the words to search for');
      const limit = parseLimit(p.values['limit']);
      openApp(ctx, true);
      const filters = {
        areaIds: strings(p.values['area']).length ? await areaIds(ctx, strings(p.values['area'])) : undefined,
        kinds: strings(p.values['kind']).length ? strings(p.values['kind']) : undefined,
        source: str(p.values['source']),
        from: str(p.values['from']),
        to: str(p.values['to']),
      };
      const result = await call(ctx, 'search/query', { query, limit, filters });
      const hits = result.hits.map((h) => ({ id: h.id, title: h.title, snippet: segmentsToMarkdown(h.snippet), page: h.page }));
      const human = hits.length
        ? hits.map((h) => `${h.id}\t${h.title}${h.page ? ` (page ${h.page})` : ''}\n\t${h.snippet}`).join('\n')
        : result.empty
          ? 'There was nothing to search for: type some words.'
          : `Nothing matches "${query}".`;
      print(ctx, { hits }, human);
      return 0;
    },
  },
];

