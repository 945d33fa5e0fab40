import { resolve } from 'node:path';
import { UsageError } from '../args.ts';
import { areaByCode, call, noMore, openApp, print, str, type Command } from '../context.ts';

const formats = ['pdf', 'docx', 'html', 'zip'] as const;

export const exportCommands: Command[] = [
  {
    name: 'export',
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'include-personal-data': { type: 'boolean', default: false },
      area: { type: 'string', multiple: true },
      draft: { type: 'boolean', default: false },
      'as-at': { type: 'string' },
    },
    async run(p, ctx) {
      noMore(p, 0);
      const format = str(p.values['format']);
      if (!format) throw new UsageError('missing --format (pdf, docx, html or zip)');
      if (!(formats as readonly string[]).includes(format)) throw new UsageError(`--format must be pdf, docx, html or zip, not "${format}"`);
      const out = str(p.values['out']);
      if (!out) throw new UsageError('missing --out <path>, the file to write');
      openApp(ctx, true);
      const codes = (p.values['area'] as string[] | undefined) ?? [];
      const areaIds = codes.length ? await Promise.all(codes.map(async (c) => (await areaByCode(ctx, c)).id)) : undefined;
      const includePersonalData = p.values['include-personal-data'] === true;
      const options = { includePersonalData, draft: p.values['draft'] === true, asAt: str(p.values['as-at']), areaIds };
      const result = await call(ctx, 'export/write', { format, path: resolve(out), options });
      const notes = [
        includePersonalData ? 'Items marked as personal data are included, as you asked, and the pack says so: share it only with those who need it.' : '',
        result.withheld > 0 ? `${result.withheld} ${result.withheld === 1 ? 'item' : 'items'} marked as personal data ${result.withheld === 1 ? 'was' : 'were'} left out.` : '',
      ].filter(Boolean);
      print(ctx, { path: result.path, exhibits: result.exhibits }, [`Wrote the evidence pack (${result.exhibits} exhibits) to ${result.path}.`, ...notes].join('\n'));
      return 0;
    },
  },
];
