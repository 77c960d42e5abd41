import {
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
  BLOCKER_CATEGORIES,
  CHAIN_ROLES,
  CHAIN_ROLE_LABELS,
  INVESTOR_TAGS,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS,
  SOURCE_METHODS,
  SUPERVISION_STATUSES,
  SUPERVISION_STATUS_LABELS,
  awaitsReply,
} from './vocabulary';

describe('vocabulary', () => {
  it('lists the nine 招商方式 ending with 其他', () => {
    expect(SOURCE_METHODS).toEqual([
      '领导招商',
      '以商招商',
      '小分队招商',
      '定点招商',
      '代理招商',
      '敲门招商',
      '资本招商',
      '展会招商',
      '其他',
    ]);
  });

  it('lists the investor tags, the 三类500强 first', () => {
    expect(INVESTOR_TAGS).toEqual([
      '世界500强',
      '中国500强',
      '民营500强',
      '上市公司',
      '链主企业',
      '专精特新',
    ]);
  });

  it('lists the blocker categories', () => {
    expect(BLOCKER_CATEGORIES).toEqual([
      '土地',
      '资金',
      '审批',
      '安征迁',
      '水电气',
      '用工',
      '其他',
    ]);
  });

  it('labels the chain roles 建链/延链/补链/强链', () => {
    expect(CHAIN_ROLES.map((role) => CHAIN_ROLE_LABELS[role].zh)).toEqual([
      '建链',
      '延链',
      '补链',
      '强链',
    ]);
  });

  it('labels the activity kinds', () => {
    expect(Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, ACTIVITY_KIND_LABELS[k].zh]))).toEqual({
      VISIT: '走访',
      CALL: '电话',
      MEETING: '洽谈会',
      SITE_INSPECTION: '实地考察',
      SIGNING: '签约仪式',
      OTHER: '其他',
    });
  });

  it('labels the project statuses', () => {
    expect(PROJECT_STATUSES.map((s) => PROJECT_STATUS_LABELS[s].zh)).toEqual(['推进中', '已终止']);
  });

  it('gives every label an English text', () => {
    const labels = [
      ...Object.values(CHAIN_ROLE_LABELS),
      ...Object.values(ACTIVITY_KIND_LABELS),
      ...Object.values(PROJECT_STATUS_LABELS),
    ];
    for (const label of labels) expect(label.en).toMatch(/^[A-Z][A-Za-z -]+$/);
  });

  it('labels every 督办 status and says which ones await the leader', () => {
    expect(SUPERVISION_STATUSES.map((status) => SUPERVISION_STATUS_LABELS[status].zh)).toEqual([
      '待回复',
      '已回复',
      '退回重办',
      '已办结',
    ]);
    expect(SUPERVISION_STATUSES.filter(awaitsReply)).toEqual(['ISSUED', 'RETURNED']);
  });
});
