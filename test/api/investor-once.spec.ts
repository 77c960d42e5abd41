import { createChains, ok, orgUnitId, VALID_CREDIT_CODE } from '../support/pipeline-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id investor { id } } }`;

/** domain.md 以商招商: one investor per credit code, or per name without one — even at once. */
describe('one investor row under concurrent creates', () => {
  let t: TestApp;
  let chainId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
    await t.tokenFor('zhang.staff');
  });
  afterAll(() => t.close());

  const createAtOnce = (investorName: string, investorCreditCode: string | null) =>
    Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.gql(
          CREATE,
          {
            input: {
              name: `同时新建的项目${i}`,
              investorName,
              investorCreditCode,
              orgUnitId: orgUnitId(t, 'luxi'),
              chainId,
              sourceMethod: '以商招商',
            },
          },
          'zhang.staff',
        ),
      ),
    );

  it.each([
    ['the same credit code', '同一信用代码的投资方', VALID_CREDIT_CODE],
    ['the same name without a credit code', '没有信用代码的同名投资方', null],
  ])('twelve projects of %s share one investor row', async (_, name, code) => {
    const responses = await createAtOnce(name, code);
    const investors = new Set(responses.map((response) => ok(response).createProject.investor.id));
    expect(investors.size).toBe(1);
    const [{ n }] = await t.dataSource.query(
      code
        ? 'SELECT COUNT(*) AS n FROM investor WHERE creditCode = ?'
        : 'SELECT COUNT(*) AS n FROM investor WHERE name = ? AND creditCode IS NULL',
      [code ?? name],
    );
    expect(Number(n)).toBe(1);
  });

  it('refuses a second row with the same name and no credit code at the database', async () => {
    await t.dataSource.query(
      "INSERT INTO investor (name, creditCode, tags) VALUES ('唯一名称', NULL, '[]')",
    );
    await expect(
      t.dataSource.query(
        "INSERT INTO investor (name, creditCode, tags) VALUES ('唯一名称', NULL, '[]')",
      ),
    ).rejects.toThrow();
    // With a credit code the same name is another investor (two companies, one name).
    await t.dataSource.query(
      "INSERT INTO investor (name, creditCode, tags) VALUES ('唯一名称', '91433100MA4L0001XF', '[]')",
    );
  });
});
