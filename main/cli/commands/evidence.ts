import type { Evidence, EvidenceSummary } from '../../../shared/schemas/evidence.ts';
import { boolOption } from '../args.ts';
import { areaByCode, call, need, noMore, openApp, print, str, type Command } from '../context.ts';

export const evidenceJson = (e: EvidenceSummary | Evidence) => ({
  id: e.id,
  title: e.title,
  kind: e.kind,
  date: e.asAt,
  areas: e.areaCodes,
  personalData: e.personalData,
});

export const evidenceCommands: Command[] = [
  {
    name: 'evidence list',
    options: { area: { type: 'string' } },
    async run(p, ctx) {
      noMore(p, 0);
      openApp(ctx, true);
      const code = str(p.values['area']);
      const scope = code ? { type: 'area', areaId: (await areaByCode(ctx, code)).id } : { type: 'all' };
      const items = await call(ctx, 'evidence/list', { scope });
      const human = items.length ? items.map((e) => `${e.id}\t${e.asAt ?? '—'}\t${e.kind}\t${e.title}\t${e.areaCodes.join(',')}`).join('\n') : 'No evidence items.';
      print(ctx, { evidence: items.map(evidenceJson) }, human);
      return 0;
    },
  },
  {
    name: 'evidence set',
    options: { title: { type: 'string' }, date: { type: 'string' }, 'personal-data': { type: 'string' } },
    async run(p, ctx) {
      const id = need(p, 0, 'the evidence id');
      noMore(p, 1);
      const v = p.values;
      const personalData = boolOption(v['personal-data'], 'personal-data');
      openApp(ctx, true);
      const item = await call(ctx, 'evidence/update', { id, title: str(v['title']), asAt: str(v['date']), personalData });
      print(ctx, { evidence: evidenceJson(item) }, `Saved "${item.title}".`);
      return 0;
    },
  },
  {
    name: 'link',
    options: { stance: { type: 'string' }, note: { type: 'string' }, strength: { type: 'string' } },
    async run(p, ctx) {
      const evidenceId = need(p, 0, 'the evidence id');
      const code = need(p, 1, 'the area code');
      noMore(p, 2);
      openApp(ctx, true);
      const area = await areaByCode(ctx, code);
      // Linking again changes only what is given: a script re-run must not turn a counter-link's stance or wipe its note.
      const existing = (await call(ctx, 'evidence/get', { id: evidenceId })).links.find((l) => l.areaId === area.id);
      const link = await call(ctx, 'links/set', {
        evidenceId,
        areaId: area.id,
        stance: str(p.values['stance']) ?? existing?.stance ?? 'supports',
        note: str(p.values['note']) ?? existing?.note ?? '',
        strength: str(p.values['strength']) ?? existing?.strength,
      });
      print(
        ctx,
        { link: { evidenceId: link.evidenceId, area: link.areaCode, stance: link.stance, note: link.note, strength: link.strength } },
        `Linked ${evidenceId} to ${link.areaCode} (${link.stance}, shows ${link.strength}).`,
      );
      return 0;
    },
  },
];
