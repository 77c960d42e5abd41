import { startTestApp, type TestApp } from '../support/test-app';
import {
  VALID_CREDIT_CODE,
  advance,
  badFields,
  createChains,
  createProject,
  creditCode,
  ok,
  userId,
} from '../support/pipeline-fixtures';

const CANDIDATES = `query ($projectId: ID, $investorName: String, $investorCreditCode: String, $projectName: String) {
  duplicateCandidates(projectId: $projectId, investorName: $investorName, investorCreditCode: $investorCreditCode, projectName: $projectName) {
    code name investorName orgUnitName stage signedOn matchedBy } }`;

describe('duplicate warning 重复签约提醒', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  it('finds a live project of the same credit code before a new one is saved, even in another county', async () => {
    const code = creditCode(7001);
    const original = await advance(
      t,
      await createProject(t, {
        chainId,
        orgUnit: 'huayuan',
        as: 'li.staff',
        investorName: '湘西锰业集团',
        investorCreditCode: code,
        name: '电解锰深加工项目',
      }),
      'SIGNED',
      'li.staff',
      { SIGNED: { leaderId: userId(t, 'liu.leader') } },
    );
    const found = ok(
      await t.gql(
        CANDIDATES,
        {
          investorName: '另一个名字',
          investorCreditCode: code.toLowerCase(),
          projectName: '新项目',
        },
        'zhang.staff',
      ),
    ).duplicateCandidates;
    expect(found).toEqual([
      {
        code: original.code,
        name: '电解锰深加工项目',
        investorName: '湘西锰业集团',
        orgUnitName: '花垣县',
        stage: 'SIGNED',
        signedOn: expect.any(String),
        matchedBy: '同一信用代码',
      },
    ]);
  });

  it('matches investor name and project name without a credit code, and not another project name', async () => {
    await createProject(t, { chainId, investorName: '泸溪新材料有限公司', name: '高纯硫酸锰项目' });
    const same = ok(
      await t.gql(
        CANDIDATES,
        { investorName: '泸溪新材料有限公司', projectName: '高纯硫酸锰项目' },
        'zhang.staff',
      ),
    ).duplicateCandidates;
    expect(same.map((c: { matchedBy: string }) => c.matchedBy)).toEqual(['同一投资方和项目名称']);
    expect(
      ok(
        await t.gql(
          CANDIDATES,
          { investorName: '泸溪新材料有限公司', projectName: '另一个项目' },
          'zhang.staff',
        ),
      ).duplicateCandidates,
    ).toEqual([]);
  });

  it('checks an existing project against the others before it is signed, leaving itself out', async () => {
    const first = await createProject(t, {
      chainId,
      investorCreditCode: VALID_CREDIT_CODE,
      name: '五溪锰锌项目一期',
    });
    expect(
      ok(await t.gql(CANDIDATES, { projectId: first.id }, 'zhang.staff')).duplicateCandidates,
    ).toEqual([]);
    const second = await createProject(t, {
      chainId,
      investorCreditCode: VALID_CREDIT_CODE,
      name: '五溪锰锌项目二期',
    });
    expect(
      ok(await t.gql(CANDIDATES, { projectId: second.id }, 'zhang.staff')).duplicateCandidates.map(
        (c: { code: string }) => c.code,
      ),
    ).toEqual([first.code]);
  });

  it('names a bad credit code', async () => {
    expect(
      badFields(
        await t.gql(
          CANDIDATES,
          { investorCreditCode: '91350100M000100Y44', projectName: 'x' },
          'zhang.staff',
        ),
      ),
    ).toEqual(['investorCreditCode']);
  });
});
