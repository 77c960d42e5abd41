import { orgUnitHoldingsMessage, orgUnitPlacementError } from './org-units';

describe('org-unit placement', () => {
  it('keeps the 市 at the root and every other kind under its allowed parents', () => {
    expect(orgUnitPlacementError('CITY', null)).toBeNull();
    expect(orgUnitPlacementError('CITY', 'COUNTY')).toBe('市只能是最上级单位');
    expect(orgUnitPlacementError('COUNTY', 'CITY')).toBeNull();
    expect(orgUnitPlacementError('COUNTY', null)).toBe('县市区须有上级单位');
    expect(orgUnitPlacementError('PARK', 'COUNTY')).toBeNull();
    expect(orgUnitPlacementError('PARK', 'CITY')).toBeNull();
    expect(orgUnitPlacementError('TOWNSHIP', 'PARK')).toBeNull();
    expect(orgUnitPlacementError('TOWNSHIP', 'CITY')).toBe('乡镇/街道的上级须为县市区或园区');
    expect(orgUnitPlacementError('COUNTY', 'TOWNSHIP')).toBe('县市区的上级须为市');
  });

  it('says what holds a unit, and nothing when nothing does', () => {
    expect(orgUnitHoldingsMessage({ liveProjects: 12, activeUsers: 3 })).toBe(
      '该单位下还有 12 个在办项目、3 名在职用户',
    );
    expect(
      orgUnitHoldingsMessage({ activeChildren: 0, liveProjects: 0, activeUsers: 0 }),
    ).toBeNull();
  });
});
