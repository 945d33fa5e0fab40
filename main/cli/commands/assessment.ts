import { UsageError } from '../args.ts';
import { areaByCode, call, need, noMore, openApp, print, str, type Command } from '../context.ts';
import { areaJson } from './areas.ts';

const outcomes = ['sufficient', 'not-sufficient'] as const;

export const assessmentCommands: Command[] = [
  {
    name: 'judge',
    options: { rationale: { type: 'string' } },
    async run(p, ctx) {
      const code = need(p, 0, 'the area code');
      const outcome = need(p, 1, 'the judgement (sufficient or not-sufficient)');
      noMore(p, 2);
      if (!(outcomes as readonly string[]).includes(outcome)) throw new UsageError(`the judgement must be sufficient or not-sufficient, not "${outcome}"`);
      openApp(ctx, true);
      const area = await areaByCode(ctx, code);
      const result = await call(ctx, 'assessment/judge', { areaId: area.id, outcome, rationale: str(p.values['rationale']) });
      const { wording } = await call(ctx, 'assessment/settings', {});
      const words = result.judgement.outcome === 'sufficient' ? wording.sufficient : wording.notSufficient;
      print(ctx, { area: areaJson(result.area) }, `Recorded for ${result.area.code}: ${words.toLowerCase()}. The change is kept in the area's history.`);
      return 0;
    },
  },
];
