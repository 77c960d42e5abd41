export { OrgKindTag, orgKindLabel } from './org-kind';
export { buildOrgUnitTree } from './org-unit-tree';
export type { OrgUnitTreeNode } from './org-unit-tree';
export { orgUnitOptions } from './org-unit-options';
export type { OrgUnitOption } from './org-unit-options';
