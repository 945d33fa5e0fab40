import type { Area } from '../../../shared/schemas/areas.ts';
import { outcomeWords } from '../../core/assessment/history.ts';
import { call, noMore, openApp, print, str, type Command } from '../context.ts';

export const areaJson = (a: Area) => ({ code: a.code, title: a.title, weakness: a.weakness, judgement: a.judgement });

export const areaCommands: Command[] = [
  {
    name: 'area add',
    options: {
      code: { type: 'string' },
      title: { type: 'string' },
      weakness: { type: 'string' },
      workstream: { type: 'string', multiple: true },
      lead: { type: 'string' },
    },
    async run(p, ctx) {
      noMore(p, 0);
      openApp(ctx, true);
      const v = p.values;
      const workstreams = Array.isArray(v['workstream']) ? v['workstream'] : undefined;
      const area = await call(ctx, 'areas/create', { code: v['code'], title: v['title'], weakness: v['weakness'], workstreams, lead: str(v['lead']) });
      print(ctx, { area: { code: area.code, title: area.title, weakness: area.weakness } }, `Added ${area.code}: ${area.title}.`);
      return 0;
    },
  },
  {
    name: 'area list',
    options: {},
    async run(p, ctx) {
      noMore(p, 0);
      openApp(ctx, true);
      const areas = await call(ctx, 'areas/list', {});
      const { wording } = await call(ctx, 'assessment/settings', {});
      const judged = (j: (typeof areas)[number]['judgement']) => (j ? outcomeWords(j, wording) : 'not judged');
      const human = areas.length
        ? areas.map((a) => `${a.code}\t${a.title}\t${a.evidenceCount} evidence\t${judged(a.judgement)}`).join('\n')
        : 'No areas of concern yet. Add one with "revisit area add".';
      print(ctx, { areas: areas.map(areaJson) }, human);
      return 0;
    },
  },
];
