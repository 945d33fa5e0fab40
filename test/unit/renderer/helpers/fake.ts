/**
 * An in-memory stand-in for the core, behind a fake transport: enough behaviour for
 * component tests, and a log of every call so tests can assert what was sent.
 */
import type { AppEvent, Method } from '../../../../shared/contract.ts';
import type { Area } from '../../../../shared/schemas/areas.ts';
import type { Evidence, EvidenceLink } from '../../../../shared/schemas/evidence.ts';
import type { AppState, LibraryInfo } from '../../../../shared/schemas/library.ts';
import type { Action, ActionStatus, Stocktake } from '../../../../shared/schemas/actions.ts';
import { statusPresets } from '../../../../shared/schemas/actions.ts';
import type { Excerpt, Finding, JudgementRecord, AreaReview } from '../../../../shared/schemas/assessment.ts';
import { judgementWordingPresets } from '../../../../shared/schemas/assessment.ts';
import type { Readiness } from '../../../../shared/schemas/readiness.ts';
import type { Transport, TransportResult } from '../../../../renderer/api/client.ts';

export interface Call {
  method: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- calls are inspected loosely in assertions
  input: any;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each fake handler knows its own input
type Handler = (input: any) => unknown;

export class Fail {
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
  constructor(code: string, message: string, details?: unknown) {
    this.code = code;
    this.message = message;
    this.details = details;
  }
}

export const library = (over: Partial<LibraryInfo['details']> = {}, isExample = false): LibraryInfo => ({
  path: '/home/sam/Revisit Ready/Library',
  schemaVersion: 1,
  isExample,
  exampleDate: isExample ? '2024-08-30' : null,
  details: {
    name: 'Walsall',
    partners: ['Walsall Council', 'NHS Black Country ICB', 'Walsall Parent Carer Forum'],
    initialInspectionDate: null,
    wsoaFitDate: null,
    revisitWindowStart: null,
    revisitWindowEnd: null,
    userName: 'Sam',
    ...over,
  },
});

export const area = (n: number, over: Partial<Area> = {}): Area => ({
  id: `area${n}`,
  code: `AOC${n}`,
  title: `Area title ${n}`,
  weakness: `Weakness ${n}, as written.`,
  position: n - 1,
  evidenceCount: 0,
  judgement: null,
  workstreams: [],
  lead: '',
  ...over,
});

export const evidence = (id: string, over: Partial<Evidence> = {}): Evidence => ({
  id,
  title: `Item ${id}`,
  kind: 'document',
  asAt: null,
  source: '',
  personalData: false,
  areaCodes: [],
  fileCount: 0,
  updatedAt: '2024-01-01T10:00:00Z',
  voice: null,
  description: '',
  createdAt: '2024-01-01T10:00:00Z',
  personalDataReview: '',
  links: [],
  files: [],
  ...over,
});

/** A small working model of a library: areas, evidence and links (and, for issue 5, judgements, actions, excerpts). */
export function createFake(options: { state?: Partial<AppState>; areas?: Area[]; evidence?: Evidence[]; readiness?: Readiness } = {}) {
  const calls: Call[] = [];
  const eventListeners = new Set<(e: AppEvent) => void>();
  let state: AppState = {
    library: library(),
    defaultLibraryPath: '/home/sam/Revisit Ready/Library',
    defaultLibraryExists: false,
    openError: null,
    recentLibraries: [],
    ...options.state,
  };
  let areas = [...(options.areas ?? [])];
  const items = new Map((options.evidence ?? []).map((e) => [e.id, structuredClone(e)]));

  const withCodes = (e: Evidence): Evidence => {
    const links = e.links.map((l) => ({ ...l, areaCode: areas.find((a) => a.id === l.areaId)?.code ?? l.areaCode }));
    return { ...e, links, areaCodes: links.map((l) => l.areaCode), fileCount: e.files.length };
  };
  const areaList = () =>
    areas.map((a) => ({ ...a, evidenceCount: [...items.values()].filter((e) => e.links.some((l) => l.areaId === a.id)).length }));
  const get = (id: string) => {
    const e = items.get(id);
    if (!e) throw new Fail('not-found', 'That evidence item could not be found. It may have been deleted.');
    return e;
  };

  // Issue 5: judgements, findings, excerpts, actions and statuses, in memory.
  let settings = { wordingPreset: 'revisit' as string, wording: judgementWordingPresets.revisit.wording, freshnessMonths: 6 };
  const judgements = new Map<string, JudgementRecord>();
  const findings: Finding[] = [];
  const reviews = new Map<string, AreaReview>();
  const excerpts: Excerpt[] = [];
  let statuses: ActionStatus[] = statusPresets[2]!.statuses.map((st, i) => ({ id: `st${i + 1}`, ...st, position: i, actionCount: 0 }));
  const actions: Action[] = [];
  const stocktakes: Stocktake[] = [];
  let seq = 0;
  const nextId = (prefix: string) => `${prefix}${++seq}`;
  const emptyReview = (areaId: string): AreaReview => ({
    areaId,
    whatChanged: '',
    progressMade: '',
    whatDone: '',
    impactEvidence: '',
    nextSteps: '',
    evenBetterIf: '',
    updatedAt: null,
  });
  const citationView = (c: { evidenceId?: string; excerptId?: string }) => {
    const x = c.excerptId ? excerpts.find((e) => e.id === c.excerptId) : undefined;
    const evidenceId = x?.evidenceId ?? c.evidenceId ?? '';
    return { evidenceId, excerptId: x?.id ?? null, title: items.get(evidenceId)?.title ?? '?', quote: x?.quote ?? null, page: x?.page ?? null };
  };
  const areaFindings = (areaId: string) => findings.filter((f) => f.areaId === areaId).sort((a, b) => a.position - b.position);
  const renumber = (areaId: string) => areaFindings(areaId).forEach((f, i) => (f.position = i));
  const actionView = (a: Action): Action => {
    const st = statuses.find((x) => x.id === a.statusId);
    return { ...a, statusLabel: st?.label ?? null, statusColour: st?.colour ?? 'grey', complete: st?.complete ?? false, areaCode: areas.find((x) => x.id === a.areaId)?.code ?? '' };
  };

  const handlers: Record<string, Handler> = {
    'app/state': () => state,
    'readiness/get': () => {
      if (!options.readiness) throw new Fail('internal', 'The fake has no readiness.');
      return options.readiness;
    },
    'assessment/settings': () => ({ ...settings, presets: [] }),
    'assessment/updateSettings': (input) => {
      const preset = input.wordingPreset ?? settings.wordingPreset;
      settings = {
        wordingPreset: preset,
        wording: preset === 'custom' ? (input.wording ?? settings.wording) : judgementWordingPresets[preset as 'revisit'].wording,
        freshnessMonths: input.freshnessMonths ?? settings.freshnessMonths,
      };
      return { ...settings, presets: [] };
    },
    'assessment/get': (input) => ({
      areaId: input.areaId,
      judgement: judgements.get(input.areaId) ?? null,
      findings: areaFindings(input.areaId),
      review: reviews.get(input.areaId) ?? emptyReview(input.areaId),
      wording: settings.wording,
    }),
    'assessment/judge': (input) => {
      const j: JudgementRecord = {
        areaId: input.areaId,
        outcome: input.outcome,
        rationale: input.rationale ?? judgements.get(input.areaId)?.rationale ?? '',
        updatedBy: 'Sam',
        updatedAt: '2024-05-01T10:00:00Z',
      };
      judgements.set(input.areaId, j);
      areas = areas.map((a) => (a.id === input.areaId ? { ...a, judgement: input.outcome } : a));
      return { area: areas.find((a) => a.id === input.areaId), judgement: j };
    },
    'assessment/setReview': (input) => {
      const { areaId, ...rest } = input;
      const r = { ...(reviews.get(areaId) ?? emptyReview(areaId)), ...rest, updatedAt: '2024-05-01T10:00:00Z' };
      reviews.set(areaId, r);
      return r;
    },
    'assessment/history': () => [],
    'findings/create': (input) => {
      const f: Finding = {
        id: nextId('f'),
        areaId: input.areaId,
        text: input.text,
        stillToImprove: input.stillToImprove ?? false,
        position: areaFindings(input.areaId).length,
        citations: (input.citations ?? []).map(citationView),
        updatedAt: '2024-05-01T10:00:00Z',
      };
      findings.push(f);
      return f;
    },
    'findings/update': (input) => {
      const f = findings.find((x) => x.id === input.id);
      if (!f) throw new Fail('not-found', 'That finding could not be found.');
      if (input.text !== undefined) f.text = input.text;
      if (input.stillToImprove !== undefined) f.stillToImprove = input.stillToImprove;
      if (input.citations !== undefined) f.citations = input.citations.map(citationView);
      return f;
    },
    'findings/move': (input) => {
      const f = findings.find((x) => x.id === input.id)!;
      const list = areaFindings(f.areaId).filter((x) => x.id !== f.id);
      list.splice(input.position, 0, f);
      list.forEach((x, i) => (x.position = i));
      return areaFindings(f.areaId);
    },
    'findings/delete': (input) => {
      const i = findings.findIndex((x) => x.id === input.id);
      const [f] = findings.splice(i, 1);
      renumber(f!.areaId);
      return {
        removed: {
          id: f!.id,
          areaId: f!.areaId,
          text: f!.text,
          stillToImprove: f!.stillToImprove,
          position: f!.position,
          citations: f!.citations.map((c) => (c.excerptId ? { excerptId: c.excerptId } : { evidenceId: c.evidenceId })),
        },
      };
    },
    'findings/restore': (input) => {
      const f: Finding = { ...input.finding, citations: input.finding.citations.map(citationView), updatedAt: '2024-05-01T10:00:00Z' };
      findings.push(f);
      return f;
    },
    'excerpts/list': (input) =>
      excerpts.filter((x) => (input.evidenceId ? x.evidenceId === input.evidenceId : true) && (input.areaId ? x.areaId === input.areaId : true)),
    'excerpts/create': (input) => {
      const x: Excerpt = {
        id: nextId('x'),
        evidenceId: input.evidenceId,
        evidenceTitle: items.get(input.evidenceId)?.title ?? '?',
        areaId: input.areaId ?? null,
        areaCode: areas.find((a) => a.id === input.areaId)?.code ?? null,
        quote: input.quote,
        page: input.page ?? null,
        dataPoint: input.dataPoint ?? null,
        note: input.note ?? '',
        createdBy: 'Sam',
        createdAt: '2024-05-01T10:00:00Z',
        updatedAt: '2024-05-01T10:00:00Z',
        citedBy: 0,
        figureChanged: null,
      };
      excerpts.push(x);
      return x;
    },
    'excerpts/update': (input) => {
      const x = excerpts.find((e) => e.id === input.id)!;
      Object.assign(x, input, input.areaId !== undefined ? { areaCode: areas.find((a) => a.id === input.areaId)?.code ?? null } : {});
      return x;
    },
    'excerpts/delete': (input) => {
      const i = excerpts.findIndex((e) => e.id === input.id);
      const [x] = excerpts.splice(i, 1);
      const { evidenceTitle: _t, areaCode: _c, updatedAt: _u, citedBy: _b, ...rest } = x!;
      return { removed: { ...rest, citedByFindings: [] } };
    },
    'excerpts/restore': (input) => {
      const { citedByFindings: _f, ...rest } = input.excerpt;
      const x: Excerpt = {
        ...rest,
        evidenceTitle: items.get(rest.evidenceId)?.title ?? '?',
        areaCode: areas.find((a) => a.id === rest.areaId)?.code ?? null,
        updatedAt: rest.createdAt,
        citedBy: 0,
      };
      excerpts.push(x);
      return x;
    },
    'areas/proposeFromLetter': () => ({ proposals: [], message: 'No list of weaknesses was found in the text.', statedCount: null }),
    'actions/list': (input) => actions.filter((a) => !input.areaId || a.areaId === input.areaId).map(actionView),
    'actions/create': (input) => {
      const a: Action = {
        id: nextId('a'),
        areaId: input.areaId,
        areaCode: '',
        ref: input.ref ?? '',
        text: input.text,
        owner: input.owner ?? '',
        dueOn: input.dueOn ?? null,
        statusId: input.statusId ?? null,
        statusLabel: null,
        statusColour: 'grey',
        complete: false,
        pastDue: false,
        position: actions.length,
        evidenceIds: input.evidenceIds ?? [],
        updatedAt: '2024-05-01T10:00:00Z',
      };
      actions.push(a);
      return actionView(a);
    },
    'actions/update': (input) => {
      const a = actions.find((x) => x.id === input.id)!;
      Object.assign(a, input);
      return actionView(a);
    },
    'actions/delete': (input) => {
      const i = actions.findIndex((x) => x.id === input.id);
      const [a] = actions.splice(i, 1);
      const { id, areaId, ref, text, owner, dueOn, statusId, position, evidenceIds } = a!;
      return { removed: actionView(a!), restore: { id, areaId, ref, text, owner, dueOn, statusId, position, evidenceIds } };
    },
    'actions/restore': (input) => {
      const a: Action = { ...input.action, areaCode: '', statusLabel: null, statusColour: 'grey', complete: false, pastDue: false, updatedAt: '' };
      actions.push(a);
      return actionView(a);
    },
    'actions/statuses': () => ({ statuses, presets: statusPresets }),
    'actions/setStatuses': (input) => {
      statuses = input.statuses.map((st: { id?: string; label: string; colour: ActionStatus['colour']; complete: boolean }, i: number) => ({
        id: st.id ?? nextId('st'),
        label: st.label,
        colour: st.colour,
        complete: st.complete,
        position: i,
        actionCount: 0,
      }));
      return statuses;
    },
    'actions/applyPreset': (input) => {
      const preset = statusPresets.find((p) => p.id === input.preset)!;
      statuses = preset.statuses.map((st, i) => ({ id: nextId('st'), ...st, position: i, actionCount: 0 }));
      return statuses;
    },
    'stocktakes/list': () => stocktakes,
    'stocktakes/record': (input) => {
      // Counts typed in by hand are recorded as given; otherwise taken from the actions now.
      const given = input.counts as { label: string; count: number; colour?: ActionStatus['colour']; complete?: boolean }[] | undefined;
      const counts = (given ?? []).map((c) => ({ label: c.label, count: c.count, colour: c.colour ?? 'grey', complete: c.complete ?? false }));
      const total = given ? counts.reduce((n, c) => n + c.count, 0) : actions.length;
      const completeCount = counts.filter((c) => c.complete).reduce((n, c) => n + c.count, 0);
      const completePercent = total === 0 ? 0 : Math.round((completeCount / total) * 100);
      const st: Stocktake = {
        id: nextId('s'),
        takenOn: input.takenOn,
        note: input.note ?? '',
        recordedBy: 'Sam',
        counts,
        total,
        completeCount,
        completePercent,
        summary: `${completeCount} of ${total} actions (${completePercent}%) complete.`,
        previousId: stocktakes[0]?.id ?? null,
      };
      stocktakes.unshift(st);
      return st;
    },
    'stocktakes/delete': (input) => {
      const i = stocktakes.findIndex((x) => x.id === input.id);
      stocktakes.splice(i, 1);
      return { id: input.id };
    },
    // Issue 6: the evidence pack. A small HTML page; withheld counts items marked as personal data.
    'export/preview': (input) => {
      const withPersonal = input.options?.includePersonalData === true;
      const titles = [...items.values()].filter((e) => withPersonal || !e.personalData).map((e) => `<li>${e.title}</li>`);
      return `<!doctype html><html lang="en-GB"><title>Evidence pack</title><h1>Joint local area SEND revisit: evidence pack — ${state.library?.details.name ?? ''}</h1><p>At the initial inspection, inspectors found the following:</p><ul>${titles.join('')}</ul></html>`;
    },
    'export/write': (input) => {
      const withheld = input.options?.includePersonalData ? 0 : [...items.values()].filter((e) => e.personalData).length;
      const name = `${state.library?.details.name ?? 'Library'} evidence pack 2026-11-22.${input.format}`;
      return { path: input.path ?? `/home/sam/.config/Revisit Ready/Exports/${name}`, exhibits: items.size - withheld, withheld };
    },
    'library/create': (input) => {
      state = { ...state, library: library({ ...input }) };
      return state.library;
    },
    'library/openExample': () => {
      state = { ...state, library: library({ name: 'Brackenford' }, true) };
      return state.library;
    },
    'library/close': () => {
      state = { ...state, library: null };
      return state;
    },
    'areas/list': () => areaList(),
    'areas/create': (input) => {
      const a = area(areas.length + 1, { ...input, id: `area-new-${areas.length + 1}`, position: areas.length });
      areas.push(a);
      return a;
    },
    'areas/dependents': (input) => {
      const a = areaList().find((x) => x.id === input.id);
      return { id: input.id, code: a?.code ?? '', links: a?.evidenceCount ?? 0, actions: 0, findings: 0, excerpts: 0, judged: false };
    },
    'areas/delete': (input) => {
      const a = areaList().find((x) => x.id === input.id);
      areas = areas.filter((x) => x.id !== input.id);
      for (const e of items.values()) e.links = e.links.filter((l) => l.areaId !== input.id);
      return { id: input.id, unlinkedEvidence: a?.evidenceCount ?? 0, actionsRemoved: 0, findingsRemoved: 0, judgementRemoved: false };
    },
    'evidence/list': (input) => {
      const scope = input.scope ?? { type: 'all' };
      return [...items.values()]
        .map(withCodes)
        .filter((e) =>
          scope.type === 'all' ? true : scope.type === 'unlinked' ? e.links.length === 0 : e.links.some((l) => l.areaId === scope.areaId),
        )
        .filter((e) => (input.ids ? (input.ids as string[]).includes(e.id) : true))
        .map(({ description: _d, createdAt: _c, links: _l, files: _f, ...summary }) => summary);
    },
    'evidence/get': (input) => withCodes(get(input.id)),
    'evidence/create': (input) => {
      const e = evidence(`e${items.size + 1}`, { ...input });
      items.set(e.id, e);
      return withCodes(e);
    },
    'evidence/update': (input) => {
      const { id, ...patch } = input;
      if (patch.title !== undefined && patch.title.trim() === '') throw new Fail('invalid-input', 'title: must not be empty');
      const e = get(id);
      Object.assign(e, patch);
      if (patch.personalData !== undefined) e.personalDataReview = ''; // as the core: saying so is the review
      return withCodes(e);
    },
    'evidence/delete': (input) => {
      get(input.id);
      items.delete(input.id);
      return { id: input.id, filesRemoved: 0, filesKept: 1 };
    },
    'links/set': (input) => {
      const e = get(input.evidenceId);
      const link: EvidenceLink = {
        areaId: input.areaId,
        areaCode: areas.find((a) => a.id === input.areaId)?.code ?? '?',
        stance: input.stance ?? 'supports',
        note: input.note ?? '',
        strength: input.strength ?? e.links.find((l) => l.areaId === input.areaId)?.strength ?? 'activity',
      };
      e.links = [...e.links.filter((l) => l.areaId !== input.areaId), link];
      return { ...link, evidenceId: e.id };
    },
    'links/remove': (input) => {
      const e = get(input.evidenceId);
      const removed = e.links.find((l) => l.areaId === input.areaId);
      if (!removed) throw new Fail('not-found', 'That link could not be found.');
      e.links = e.links.filter((l) => l.areaId !== input.areaId);
      return { evidenceId: e.id, areaId: input.areaId, removed };
    },
  };

  const transport: Transport = {
    kind: 'fake',
    async invoke(method: Method, input: unknown): Promise<TransportResult<unknown>> {
      calls.push({ method, input: structuredClone(input) });
      const handler = handlers[method];
      if (!handler) return { ok: false, error: { code: 'unknown-method', message: `The fake has no ${method}.` } };
      try {
        return { ok: true, value: structuredClone(handler(input)) };
      } catch (e) {
        if (e instanceof Fail) return { ok: false, error: { code: e.code as 'invalid-input', message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } };
        throw e;
      }
    },
    async upload(file: File) {
      calls.push({ method: 'upload', input: { name: file.name } });
      return { ok: true, value: { uploadId: `u-${file.name}`, size: file.size, sha256: 'x' } };
    },
    fileUrl: (id) => `/api/files/${id}?token=t`,
    backupUrl: () => null,
    exportUrl: (path) => `/api/exports/${encodeURIComponent(path.split('/').pop() ?? '')}?token=t`,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onMenu: () => () => {},
  };

  return {
    transport,
    calls,
    /** Replace or add a method's behaviour for one test. */
    on(method: string, handler: Handler) {
      handlers[method] = handler;
    },
    callsTo: (method: string) => calls.filter((c) => c.method === method).map((c) => c.input),
    emit: (e: AppEvent) => eventListeners.forEach((l) => l(e)),
  };
}
