/**
 * An in-memory stand-in for the core, behind a fake transport: enough behaviour for
 * component tests, and a log of every call so tests can assert what was sent.
 */
import type { AppEvent, Method } from '../../../../shared/contract.ts';
import type { Area } from '../../../../shared/schemas/areas.ts';
import type { Evidence, EvidenceLink } from '../../../../shared/schemas/evidence.ts';
import type { AppState, LibraryInfo } from '../../../../shared/schemas/library.ts';
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
  constructor(code: string, message: string) {
    this.code = code;
    this.message = message;
  }
}

export const library = (over: Partial<LibraryInfo['details']> = {}, isExample = false): LibraryInfo => ({
  path: '/home/sam/Revisit Ready/Library',
  schemaVersion: 1,
  isExample,
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
  links: [],
  files: [],
  ...over,
});

/** A small working model of a library: areas, evidence and links. */
export function createFake(options: { state?: Partial<AppState>; areas?: Area[]; evidence?: Evidence[] } = {}) {
  const calls: Call[] = [];
  const eventListeners = new Set<(e: AppEvent) => void>();
  let state: AppState = {
    library: library(),
    defaultLibraryPath: '/home/sam/Revisit Ready/Library',
    defaultLibraryExists: false,
    openError: null,
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

  const handlers: Record<string, Handler> = {
    'app/state': () => state,
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
        if (e instanceof Fail) return { ok: false, error: { code: e.code as 'invalid-input', message: e.message } };
        throw e;
      }
    },
    async upload(file: File) {
      calls.push({ method: 'upload', input: { name: file.name } });
      return { ok: true, value: { uploadId: `u-${file.name}`, size: file.size, sha256: 'x' } };
    },
    fileUrl: (id) => `/api/files/${id}?token=t`,
    backupUrl: () => null,
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
