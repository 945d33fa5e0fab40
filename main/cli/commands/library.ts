import { resolve } from 'node:path';
import { plural } from '../../../shared/format.ts';
import { UsageError } from '../args.ts';
import { call, Failure, need, noMore, openApp, print, repoRoot, str, type Command, type Ctx } from '../context.ts';

async function serve(ctx: Ctx, portText: string | undefined): Promise<number> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a whole number from 0 to 65535');
  const { startWebHost } = await import('../../web/server.ts');
  const app = openApp(ctx, false);
  let host;
  try {
    host = await startWebHost({ app, staticDir: resolve(repoRoot, 'dist/renderer'), port });
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? e.code : '';
    throw new Failure('busy', code === 'EADDRINUSE' ? `Port ${port} is already in use. Choose another with --port, or leave it out.` : 'The web host could not start.');
  }
  ctx.io.stdout(`${host.url}\n`);
  const what = app.session.library ? `the library in ${app.session.library.path}` : 'the start screen';
  ctx.io.stderr(`Revisit Ready is serving ${what} on 127.0.0.1 only. Open the address above in your browser. Press Ctrl+C to stop.\n`);
  await (ctx.io.waitForStop?.() ?? new Promise<void>(() => {}));
  await host.close();
  return 0;
}

export const libraryCommands: Command[] = [
  {
    name: 'init',
    options: { name: { type: 'string' } },
    async run(p, ctx) {
      noMore(p, 0);
      const app = openApp(ctx, false);
      if (app.session.openError) throw new Failure(app.session.openError.code, app.session.openError.message);
      const info = app.session.library ? app.session.info() : await call(ctx, 'library/create', { name: str(p.values['name']) ?? 'My local area', path: ctx.libraryPath });
      const library = { path: info.path, name: info.details.name, schemaVersion: info.schemaVersion };
      print(ctx, { library }, `Library "${library.name}" is ready in ${library.path}.`);
      return 0;
    },
  },
  {
    name: 'check',
    options: {},
    async run(p, ctx) {
      noMore(p, 0);
      openApp(ctx, true);
      const report = await call(ctx, 'library/check', {});
      const human = report.ok ? `The library is sound: database checked and ${report.filesChecked} stored files re-hashed.` : report.problems.join('\n');
      print(ctx, { ok: report.ok, problems: report.problems }, human);
      if (report.ok) return 0;
      // Exit 1 always comes with one sentence on stderr (CLI.md), --json or not.
      ctx.io.stderr(`The library has ${report.problems.length === 1 ? 'a problem' : `${report.problems.length} problems`}; ${ctx.json ? 'they are listed in the JSON' : 'they are listed above'}. Restore it from a backup if a stored file is damaged.\n`);
      return 1;
    },
  },
  {
    name: 'backup',
    options: {},
    async run(p, ctx) {
      const file = resolve(need(p, 0, 'the backup file to write'));
      noMore(p, 1);
      openApp(ctx, true);
      const result = await call(ctx, 'library/backup', { path: file });
      print(ctx, { path: result.path }, `Backed up ${result.files} stored files to ${result.path}.`);
      return 0;
    },
  },
  {
    name: 'restore',
    options: {},
    async run(p, ctx) {
      const file = resolve(need(p, 0, 'the backup file to restore'));
      noMore(p, 1);
      openApp(ctx, false);
      const info = await call(ctx, 'library/restore', { backupPath: file, path: ctx.libraryPath });
      print(ctx, { path: info.path }, `Restored the library into ${info.path}.`);
      return 0;
    },
  },
  {
    name: 'merge',
    options: {},
    async run(p, ctx) {
      const file = resolve(need(p, 0, 'the backup file whose evidence to add'));
      noMore(p, 1);
      openApp(ctx, true);
      const r = await call(ctx, 'library/merge', { backupPath: file });
      const lines = [
        `Added ${plural(r.added.length, 'item')} from the backup; ${plural(r.duplicates.length, 'item was', 'items were')} here already; ${plural(r.linksAdded, 'link')} to areas added.`,
        r.missingAreas.length ? `Links to ${r.missingAreas.join(', ')} were left out: this library has no such area.` : '',
        r.leftOut.findings + r.leftOut.judgements + r.leftOut.actions
          ? `The backup’s own findings, judgements and actions stay with its owner (${plural(r.leftOut.findings, 'finding')}, ${plural(r.leftOut.judgements, 'judgement')}, ${plural(r.leftOut.actions, 'action')}).`
          : '',
      ];
      print(ctx, r, lines.filter(Boolean).join('\n'));
      return 0;
    },
  },
  {
    name: 'serve',
    options: { port: { type: 'string' } },
    async run(p, ctx) {
      noMore(p, 0);
      return serve(ctx, str(p.values['port']));
    },
  },
];
