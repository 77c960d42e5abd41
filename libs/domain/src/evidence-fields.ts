import { type BilingualLabel, type Stage, stagesEntered } from './stages';

/** What a person supplies when moving a project forward; every field is optional on input. */
export interface StageEvidence {
  signedOn?: string | null;
  contractNo?: string | null;
  contractedInvestment?: number | null;
  leaderId?: string | null;
  plannedStartOn?: string | null;
  plannedOperatingOn?: string | null;
  landedOn?: string | null;
  companyCreditCode?: string | null;
  landArea?: number | null;
  leasedFloorArea?: number | null;
  startedOn?: string | null;
  permitNo?: string | null;
  operatingOn?: string | null;
  note?: string | null;
}

export type EvidenceField = keyof StageEvidence;

export const EVIDENCE_LABELS: Record<EvidenceField, BilingualLabel> = {
  signedOn: { zh: '签约日期', en: 'Signing date' },
  contractNo: { zh: '合同编号', en: 'Contract number' },
  contractedInvestment: { zh: '合同引资额（万元）', en: 'Contracted investment (10k CNY)' },
  leaderId: { zh: '包抓领导', en: 'Responsible leader' },
  plannedStartOn: { zh: '计划开工日期', en: 'Planned start date' },
  plannedOperatingOn: { zh: '计划投产日期', en: 'Planned operating date' },
  landedOn: { zh: '落地日期', en: 'Landing date' },
  companyCreditCode: { zh: '项目公司统一社会信用代码', en: "Project company's credit code" },
  landArea: { zh: '用地面积（亩）', en: 'Land area (mu)' },
  leasedFloorArea: { zh: '租赁厂房面积（㎡）', en: 'Leased floor area (m²)' },
  startedOn: { zh: '开工日期', en: 'Start date' },
  permitNo: { zh: '施工许可证号', en: 'Construction permit number' },
  operatingOn: { zh: '投产日期', en: 'Operating date' },
  note: { zh: '说明', en: 'Note' },
};

const FIELDS_BY_STAGE: Record<Stage, readonly EvidenceField[]> = {
  // Entering 在谈 is creating the project; its facts are the creation form's business.
  NEGOTIATING: [],
  SIGNED: [
    'signedOn',
    'contractNo',
    'contractedInvestment',
    'leaderId',
    'plannedStartOn',
    'plannedOperatingOn',
  ],
  LANDED: ['landedOn', 'companyCreditCode', 'landArea', 'leasedFloorArea'],
  STARTED: ['startedOn', 'permitNo', 'note'],
  OPERATING: ['operatingOn', 'note'],
};

/**
 * The fields the move form shows for entering `stage`. Some are alternatives (land area or
 * leased floor area; permit number or note), so not every field listed must be filled.
 */
export function evidenceFieldsFor(stage: Stage): EvidenceField[] {
  return [...FIELDS_BY_STAGE[stage]];
}

/** The fields for every stage a move from `from` to `to` enters, each once, in stage order. */
export function requiredEvidenceFields(from: Stage, to: Stage): EvidenceField[] {
  return [...new Set(stagesEntered(from, to).flatMap(evidenceFieldsFor))];
}

/** What the project already records; a forward move may rely on these instead of new evidence. */
export interface ProjectFacts {
  stage: Stage;
  signedOn?: string | null;
  contractNo?: string | null;
  contractedInvestment?: number | null;
  leaderId?: string | null;
  plannedStartOn?: string | null;
  plannedOperatingOn?: string | null;
  landedOn?: string | null;
  companyCreditCode?: string | null;
  landArea?: number | null;
  leasedFloorArea?: number | null;
  startedOn?: string | null;
  permitNo?: string | null;
  operatingOn?: string | null;
}
