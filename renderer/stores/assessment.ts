/**
 * One area of concern's page: its judgement, findings, deep-dive review and WSoA
 * actions, with what findings can cite (the area's linked items and excerpts) and the
 * history of changes. Also the library's judgement wording and freshness settings.
 */
import { create } from 'zustand';
import type { Input, Output } from '../../shared/contract.ts';
import type { Action, ActionStatus } from '../../shared/schemas/actions.ts';
import type {
  AreaAssessment,
  AreaReview,
  Excerpt,
  Finding,
  FindingSnapshot,
  HistoryEntry,
  Outcome,
  ReviewField,
} from '../../shared/schemas/assessment.ts';
import type { EvidenceSummary } from '../../shared/schemas/evidence.ts';
import { api, messageOf } from '../api/client.ts';
import { useAreasStore } from './areas.ts';
import { say } from './status.ts';

export type Settings = Output<'assessment/settings'>;
export type ActionRestore = Output<'actions/delete'>['restore'];

interface AssessmentState {
  areaId: string | null;
  assessment: AreaAssessment | null;
  actions: Action[];
  statuses: ActionStatus[];
  /** What a finding can cite: the area's linked items and its excerpts. */
  linked: EvidenceSummary[];
  excerpts: Excerpt[];
  history: HistoryEntry[] | null;
  loaded: boolean;
  error: string | null;
  settings: Settings | null;

  load(areaId: string): Promise<void>;
  /** Reloads what is shown now (after changes made elsewhere). */
  refresh(): Promise<void>;
  loadHistory(): Promise<void>;
  judge(outcome: Outcome | null, rationale: string): Promise<void>;
  setReview(patch: Partial<Record<ReviewField, string>>): Promise<AreaReview>;
  createFinding(input: Omit<Input<'findings/create'>, 'areaId'>): Promise<Finding>;
  updateFinding(input: Input<'findings/update'>): Promise<Finding>;
  moveFinding(id: string, by: -1 | 1): Promise<void>;
  deleteFinding(id: string): Promise<FindingSnapshot>;
  restoreFinding(snapshot: FindingSnapshot): Promise<void>;
  createAction(input: Omit<Input<'actions/create'>, 'areaId'>): Promise<Action>;
  updateAction(input: Input<'actions/update'>): Promise<Action>;
  deleteAction(id: string): Promise<{ removed: Action; restore: ActionRestore }>;
  restoreAction(restore: ActionRestore): Promise<void>;
  loadSettings(): Promise<Settings>;
  updateSettings(input: Input<'assessment/updateSettings'>): Promise<Settings>;
  reset(): void;
}

const initial = {
  areaId: null,
  assessment: null,
  actions: [] as Action[],
  statuses: [] as ActionStatus[],
  linked: [] as EvidenceSummary[],
  excerpts: [] as Excerpt[],
  history: null,
  loaded: false,
  error: null,
  settings: null,
};

let seq = 0;

export const useAssessmentStore = create<AssessmentState>()((set, get) => {
  const current = () => {
    const id = get().areaId;
    if (!id) throw new Error('No area of concern is open.');
    return id;
  };
  const reloadAssessment = async () => {
    const areaId = current();
    const assessment = await api.call('assessment/get', { areaId });
    if (get().areaId === areaId) set({ assessment });
    if (get().history !== null) void get().loadHistory();
  };
  const reloadActions = async () => {
    const areaId = current();
    const [actions, statuses] = await Promise.all([api.call('actions/list', { areaId }), api.call('actions/statuses', {})]);
    if (get().areaId === areaId) set({ actions, statuses: statuses.statuses });
  };

  return {
    ...initial,

    async load(areaId) {
      const mine = ++seq;
      if (get().areaId !== areaId) set({ ...initial, settings: get().settings, areaId });
      try {
        const [assessment, actions, statuses, linked, excerpts] = await Promise.all([
          api.call('assessment/get', { areaId }),
          api.call('actions/list', { areaId }),
          api.call('actions/statuses', {}),
          api.call('evidence/list', { scope: { type: 'area', areaId } }),
          api.call('excerpts/list', { areaId }),
        ]);
        if (mine !== seq) return;
        set({ assessment, actions, statuses: statuses.statuses, linked, excerpts, loaded: true, error: null });
      } catch (e) {
        if (mine !== seq) return;
        set({ error: messageOf(e), loaded: true });
      }
    },

    async refresh() {
      const id = get().areaId;
      if (id) await get().load(id);
      if (get().history !== null) await get().loadHistory();
    },

    async loadHistory() {
      const areaId = current();
      const history = await api.call('assessment/history', { areaId });
      if (get().areaId === areaId) set({ history });
    },

    async judge(outcome, rationale) {
      const areaId = current();
      await api.call('assessment/judge', { areaId, outcome, rationale });
      await reloadAssessment();
      const wording = get().assessment?.wording;
      const label = outcome === null ? 'no judgement' : outcome === 'sufficient' ? wording?.sufficient : wording?.notSufficient;
      say(`Saved the judgement: ${(label ?? '').toLowerCase()}.`);
      void useAreasStore.getState().load();
    },

    async setReview(patch) {
      const areaId = current();
      const review = await api.call('assessment/setReview', { areaId, ...patch });
      set((s) => (s.assessment && s.areaId === areaId ? { assessment: { ...s.assessment, review } } : {}));
      return review;
    },

    async createFinding(input) {
      const finding = await api.call('findings/create', { areaId: current(), ...input });
      await reloadAssessment();
      say('Added the finding.');
      return finding;
    },

    async updateFinding(input) {
      const finding = await api.call('findings/update', input);
      await reloadAssessment();
      say('Saved the finding.');
      return finding;
    },

    async moveFinding(id, by) {
      const list = get().assessment?.findings ?? [];
      const index = list.findIndex((f) => f.id === id);
      const target = index + by;
      if (index < 0 || target < 0 || target >= list.length) return;
      try {
        const findings = await api.call('findings/move', { id, position: target });
        set((s) => (s.assessment ? { assessment: { ...s.assessment, findings } } : {}));
        say(`Moved the finding ${by < 0 ? 'up' : 'down'} to place ${target + 1} of ${list.length}.`);
        if (get().history !== null) void get().loadHistory();
      } catch (e) {
        say(messageOf(e));
      }
    },

    async deleteFinding(id) {
      const { removed } = await api.call('findings/delete', { id });
      await reloadAssessment();
      say('Deleted the finding.');
      return removed;
    },

    async restoreFinding(snapshot) {
      await api.call('findings/restore', { finding: snapshot });
      if (get().areaId === snapshot.areaId) await reloadAssessment();
      say('Put the finding back.');
    },

    async createAction(input) {
      const action = await api.call('actions/create', { areaId: current(), ...input });
      await reloadActions();
      say('Added the action.');
      return action;
    },

    async updateAction(input) {
      const action = await api.call('actions/update', input);
      await reloadActions();
      say('Saved the action.');
      return action;
    },

    async deleteAction(id) {
      const result = await api.call('actions/delete', { id });
      await reloadActions();
      say('Deleted the action.');
      return result;
    },

    async restoreAction(restore) {
      await api.call('actions/restore', { action: restore });
      if (get().areaId === restore.areaId) await reloadActions();
      say('Put the action back.');
    },

    async loadSettings() {
      const settings = await api.call('assessment/settings', {});
      set({ settings });
      return settings;
    },

    async updateSettings(input) {
      const settings = await api.call('assessment/updateSettings', input);
      set({ settings });
      if (get().areaId) void reloadAssessment().catch(() => {});
      say('Saved the judgement wording and freshness limit.');
      return settings;
    },

    reset() {
      seq += 1;
      set({ ...initial });
    },
  };
});
