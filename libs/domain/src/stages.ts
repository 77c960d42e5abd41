export const STAGES = ['NEGOTIATING', 'SIGNED', 'LANDED', 'STARTED', 'OPERATING'] as const;
export type Stage = (typeof STAGES)[number];

export type BilingualLabel = { zh: string; en: string };

export const STAGE_LABELS: Record<Stage, BilingualLabel> = {
  NEGOTIATING: { zh: '在谈', en: 'Negotiating' },
  SIGNED: { zh: '签约', en: 'Signed' },
  LANDED: { zh: '落地', en: 'Landed' },
  STARTED: { zh: '开工', en: 'Started' },
  OPERATING: { zh: '投产', en: 'Operating' },
};

/** The project field holding the date that certifies each stage after the first. */
export const STAGE_DATE_FIELD: Record<
  Exclude<Stage, 'NEGOTIATING'>,
  'signedOn' | 'landedOn' | 'startedOn' | 'operatingOn'
> = {
  SIGNED: 'signedOn',
  LANDED: 'landedOn',
  STARTED: 'startedOn',
  OPERATING: 'operatingOn',
};

export function isStage(value: unknown): value is Stage {
  return (STAGES as readonly unknown[]).includes(value);
}

export function stageIndex(stage: Stage): number {
  const index = STAGES.indexOf(stage);
  if (index < 0) throw new RangeError(`unknown stage: ${JSON.stringify(stage)}`);
  return index;
}

export function isForwardMove(from: Stage, to: Stage): boolean {
  return stageIndex(to) > stageIndex(from);
}

/** The stages a forward move enters, in pipeline order, `from` excluded; [] otherwise. */
export function stagesEntered(from: Stage, to: Stage): Stage[] {
  return STAGES.slice(stageIndex(from) + 1, stageIndex(to) + 1);
}

/** The stages a backward move undoes, in pipeline order, `to` excluded; [] otherwise. */
export function stagesUndone(from: Stage, to: Stage): Stage[] {
  return STAGES.slice(stageIndex(to) + 1, stageIndex(from) + 1);
}

export const ROLES = ['STAFF', 'LEADER', 'SUPERVISOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, BilingualLabel> = {
  STAFF: { zh: '招商专员', en: 'Staff' },
  LEADER: { zh: '领导', en: 'Leader' },
  SUPERVISOR: { zh: '督查', en: 'Supervisor' },
  ADMIN: { zh: '管理员', en: 'Administrator' },
};

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
