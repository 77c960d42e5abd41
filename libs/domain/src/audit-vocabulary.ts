import type { BilingualLabel } from './stages';

/** 操作日志: the entities and actions an audit event names, in the words the 操作日志 shows. */
export const AUDIT_ENTITY_LABELS: Record<string, BilingualLabel> = {
  Project: { zh: '项目', en: 'Project' },
  CapitalArrival: { zh: '到位资金', en: 'Capital arrival' },
  Activity: { zh: '跟进记录', en: 'Follow-up' },
  Blocker: { zh: '交办问题', en: 'Blocker' },
  Supervision: { zh: '督办', en: 'Supervision notice' },
  User: { zh: '用户', en: 'User' },
  OrgUnit: { zh: '组织机构', en: 'Org unit' },
  IndustryChain: { zh: '产业链', en: 'Industry chain' },
  Setting: { zh: '预警阈值', en: 'Flag thresholds' },
  Target: { zh: '年度目标', en: 'Yearly target' },
  Department: { zh: '责任部门', en: 'Department' },
  Investor: { zh: '投资方', en: 'Investor' },
  Login: { zh: '登录', en: 'Sign-in' },
  Export: { zh: '导出', en: 'Export' },
  Import: { zh: '导入', en: 'Import' },
};

export const AUDIT_ACTION_LABELS: Record<string, BilingualLabel> = {
  CREATE: { zh: '新建', en: 'Create' },
  UPDATE: { zh: '修改', en: 'Update' },
  MOVE: { zh: '推进', en: 'Move forward' },
  CORRECT_STAGE: { zh: '退回更正', en: 'Correct stage' },
  UNDO: { zh: '撤销推进', en: 'Undo move' },
  CHANGE_LEADER: { zh: '更换包抓领导', en: 'Change leader' },
  ISSUE_SUPERVISION: { zh: '下发督办', en: 'Issue notice' },
  REPLY_SUPERVISION: { zh: '回复督办', en: 'Reply to notice' },
  RETURN_SUPERVISION: { zh: '退回重办', en: 'Return notice' },
  CLOSE_SUPERVISION: { zh: '办结督办', en: 'Close notice' },
  REORDER: { zh: '排序', en: 'Reorder' },
  TERMINATE: { zh: '终止', en: 'Terminate' },
  RECORD_ARRIVAL: { zh: '登记到位资金', en: 'Record arrival' },
  VERIFY_ARRIVAL: { zh: '核实到位资金', en: 'Verify arrival' },
  REJECT_ARRIVAL: { zh: '否定到位资金', en: 'Reject arrival' },
  ADD_ACTIVITY: { zh: '跟进', en: 'Follow-up' },
  RAISE_BLOCKER: { zh: '交办', en: 'Raise blocker' },
  RESOLVE_BLOCKER: { zh: '销号', en: 'Close blocker' },
  ESCALATE_BLOCKER: { zh: '提请协调', en: 'Escalate blocker' },
  REOPEN_BLOCKER: { zh: '重新打开', en: 'Reopen blocker' },
  CREATE_DEPARTMENT: { zh: '新建部门', en: 'Create department' },
  UPDATE_DEPARTMENT: { zh: '修改部门', en: 'Update department' },
  UPDATE_THRESHOLDS: { zh: '修改预警阈值', en: 'Change thresholds' },
  CREATE_ADMIN: { zh: '创建管理员', en: 'Create administrator' },
  ACTIVATE: { zh: '启用', en: 'Activate' },
  DEACTIVATE: { zh: '停用', en: 'Deactivate' },
  LOGIN: { zh: '登录', en: 'Sign in' },
  LOGIN_FAILED: { zh: '登录失败', en: 'Failed sign-in' },
  LOGOUT: { zh: '退出登录', en: 'Sign out' },
  CHANGE_PASSWORD: { zh: '修改密码', en: 'Change password' },
  RESET_PASSWORD: { zh: '重置密码', en: 'Reset password' },
  EXPORT: { zh: '导出', en: 'Export' },
  IMPORT: { zh: '导入', en: 'Import' },
  IMPORT_REFUSED: { zh: '导入被拒绝', en: 'Import refused' },
};

/** The Chinese name of an entity or action (the Excel export); unknown names as they are. */
export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity]?.zh ?? entity;
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action]?.zh ?? action;
