import { startTestApp, type TestApp } from '../support/test-app';
import {
  advance,
  createChains,
  createProject,
  creditCode,
  daysAgo,
  getProject,
  moveProject,
  type NewProject,
  ok,
  orgUnitId,
  type ProjectView,
  refused,
  setProjectColumns,
  stageEvidence,
  TERMINATE_PROJECT,
  updateProject,
  userId,
} from '../support/pipeline-fixtures';

const BOARD = `query ($filter: ProjectFilter, $first: Int, $after: String) {
  board(filter: $filter) {
    columns {
      stage totalCount totalContracted
      projects(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name stage } } }
    }
  }
}`;

/** Everything a board card shows. */
const FULL_BOARD = `query ($filter: ProjectFilter, $first: Int) {
  board(filter: $filter) {
    columns {
      stage totalCount totalContracted
      projects(first: $first) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id code name stage version status contractedInvestment arrivedInvestment daysInStage
          investor { id name creditCode tags }
          owner { id name username }
          leader { id name username }
          chain { id name }
          orgUnit { id name kind }
          flags { kind level reason since }
        } }
      }
    }
  }
}`;

interface Column {
  stage: string;
  totalCount: number;
  totalContracted: number;
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string; stage: string } }[];
  };
}

/** domain.md "The pipeline" as a Kanban board: five columns, each paged on its own, filtered. */
describe('pipeline board', () => {
  let t: TestApp;
  let chains: { id: string; name: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    chains = await createChains(t, [
      '电子信息及5G应用',
      '白酒',
      '锰锌钒新材料',
      '生物医药',
      '文旅康养',
      '农产品精深加工',
    ]);
  });
  afterAll(() => t.close());

  const board = async (
    filter: Record<string, unknown> | null,
    as = 'admin',
    first?: number,
    after?: string,
  ) => ok(await t.gql(BOARD, { filter, first, after }, as)).board.columns as Column[];

  const idsOn = (columns: Column[]) =>
    columns.flatMap((column) => column.projects.edges.map((edge) => edge.node.id)).sort();

  const make = (options: Partial<NewProject> & { chainId: string }) => createProject(t, options);

  describe('columns and totals', () => {
    let chainId: string;
    let negotiating: ProjectView[];
    beforeAll(async () => {
      chainId = chains[0].id;
      negotiating = [];
      for (let i = 0; i < 7; i++)
        negotiating.push(await make({ chainId, name: `在谈卡片${i + 1}` }));
      await advance(t, await make({ chainId }), 'SIGNED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 1000.1 },
      });
      await advance(t, await make({ chainId }), 'SIGNED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 2000.2 },
      });
      await advance(t, await make({ chainId }), 'LANDED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 0.01 },
      });
      await advance(t, await make({ chainId }), 'STARTED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 99999999.99 },
      });
      await advance(t, await make({ chainId }), 'OPERATING', 'zhang.staff', {
        SIGNED: { contractedInvestment: 12345.67 },
      });
      const ended = await advance(t, await make({ chainId }), 'SIGNED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 500 },
      });
      ok(
        await t.gql(
          TERMINATE_PROJECT,
          { id: ended.id, version: ended.version, reason: '终止' },
          'zhang.staff',
        ),
      );
    });

    it('has the five stages in order with their counts and exact contracted sums', async () => {
      const columns = await board({ chainId });
      expect(
        columns.map(({ stage, totalCount, totalContracted }) => ({
          stage,
          totalCount,
          totalContracted,
        })),
      ).toEqual([
        { stage: 'NEGOTIATING', totalCount: 7, totalContracted: 0 },
        { stage: 'SIGNED', totalCount: 2, totalContracted: 3000.3 },
        { stage: 'LANDED', totalCount: 1, totalContracted: 0.01 },
        { stage: 'STARTED', totalCount: 1, totalContracted: 99999999.99 },
        { stage: 'OPERATING', totalCount: 1, totalContracted: 12345.67 },
      ]);
      for (const column of columns) {
        expect(column.projects.totalCount).toBe(column.totalCount);
        expect(column.projects.edges.every((edge) => edge.node.stage === column.stage)).toBe(true);
      }
    });

    it('includes terminated projects only when asked', async () => {
      const columns = await board({ chainId, includeTerminated: true });
      expect(columns[1]).toMatchObject({ stage: 'SIGNED', totalCount: 3, totalContracted: 3500.3 });
    });

    it('pages through a column of 7 cards three at a time, newest on top, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      const pages: { size: number; hasNextPage: boolean }[] = [];
      let inserted: ProjectView | null = null;
      do {
        const column = (await board({ chainId }, 'zhang.staff', 3, after))[0];
        expect(column.projects.totalCount).toBe(inserted ? 8 : 7);
        pages.push({
          size: column.projects.edges.length,
          hasNextPage: column.projects.pageInfo.hasNextPage,
        });
        seen.push(...column.projects.edges.map((edge) => edge.node.id));
        expect(column.projects.pageInfo.endCursor).toBe(
          column.projects.edges.at(-1)?.cursor ?? null,
        );
        after = column.projects.pageInfo.hasNextPage
          ? column.projects.pageInfo.endCursor!
          : undefined;
        // A card created meanwhile goes on top and does not shift the pages still to come.
        inserted ??= await make({ chainId, name: '翻页时新建的卡片' });
      } while (after);
      expect(pages).toEqual([
        { size: 3, hasNextPage: true },
        { size: 3, hasNextPage: true },
        { size: 1, hasNextPage: false },
      ]);
      expect(seen).toEqual(negotiating.map((project) => project.id).reverse());
      const top = (await board({ chainId }, 'zhang.staff', 1))[0];
      expect(top.projects.edges[0].node.id).toBe(inserted!.id);
      ok(
        await t.gql(
          TERMINATE_PROJECT,
          { id: inserted!.id, version: inserted!.version, reason: '测试卡片' },
          'zhang.staff',
        ),
      );
    });

    it('pages one column on its own with boardColumn, continuing the board’s cursor', async () => {
      const BOARD_COLUMN = `query ($stage: Stage!, $filter: ProjectFilter, $first: Int, $after: String) {
        boardColumn(stage: $stage, filter: $filter) {
          stage totalCount totalContracted
          projects(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }
        }
      }`;
      const first = (await board({ chainId }, 'zhang.staff', 3))[0];
      const rest = ok(
        await t.gql(
          BOARD_COLUMN,
          {
            stage: 'NEGOTIATING',
            filter: { chainId },
            first: 10,
            after: first.projects.pageInfo.endCursor,
          },
          'zhang.staff',
        ),
      ).boardColumn;
      expect(rest).toMatchObject({
        stage: 'NEGOTIATING',
        totalCount: first.totalCount,
        totalContracted: first.totalContracted,
      });
      const ids = [...first.projects.edges, ...rest.projects.edges].map(
        (edge: { node: { id: string } }) => edge.node.id,
      );
      expect(ids).toEqual(negotiating.map((project) => project.id).reverse());
      expect(rest.projects.pageInfo.hasNextPage).toBe(false);
      const signed = ok(
        await t.gql(BOARD_COLUMN, { stage: 'SIGNED', filter: { chainId } }, 'zhang.staff'),
      ).boardColumn;
      const boardSigned = (await board({ chainId }))[1];
      expect(signed).toMatchObject({
        totalCount: boardSigned.totalCount,
        totalContracted: boardSigned.totalContracted,
      });
      expect(signed.totalCount).toBeGreaterThan(0);
      // Another county's staff sees none of these cards.
      const outside = ok(
        await t.gql(BOARD_COLUMN, { stage: 'SIGNED', filter: { chainId } }, 'li.staff'),
      ).boardColumn;
      expect(outside.totalCount).toBe(0);
      expect(outside.projects.edges).toEqual([]);
    });

    it('places a moved card below the card it was dropped under', async () => {
      const [first, second] = (await board({ chainId }))[1].projects.edges.map(
        (edge) => edge.node.id,
      );
      const incoming = await make({ chainId });
      const moved = ok(
        await moveProject(t, incoming, 'SIGNED', stageEvidence(t, 'SIGNED'), 'zhang.staff', {
          afterId: first,
        }),
      ).moveProject as ProjectView;
      const signed = (await board({ chainId }))[1].projects.edges.map((edge) => edge.node.id);
      expect(signed).toEqual([first, moved.id, second]);
    });

    it('refuses bad page sizes and forged cursors', async () => {
      for (const [first, after] of [
        [-1, undefined],
        [201, undefined],
        [3, 'not-a-cursor'],
        [3, Buffer.from('[1]').toString('base64url')],
        [3, Buffer.from('{"a":1}').toString('base64url')],
      ] as const) {
        const response = await t.gql(BOARD, { filter: { chainId }, first, after }, 'admin');
        refused(response, 'BAD_USER_INPUT');
      }
    });
  });

  describe('filters', () => {
    const p: Record<string, ProjectView> = {};
    beforeAll(async () => {
      const [, wine, metal, bio] = chains;
      p.luxi = await advance(
        t,
        await make({
          chainId: wine.id,
          name: '酒鬼酒扩能技改',
          investorName: '湘西酒鬼酒股份公司',
        }),
        'SIGNED',
      );
      p.park = await make({
        chainId: wine.id,
        as: 'zhou.staff',
        orgUnit: 'luxi-park',
        name: '高新区白酒包装',
        investorName: '包装材料公司',
      });
      p.huayuan = await make({
        chainId: metal.id,
        as: 'li.staff',
        orgUnit: 'huayuan',
        name: '电解锰渣综合利用',
        investorName: '花垣锰业',
      });
      p.huayuanPark = await advance(
        t,
        await make({
          chainId: metal.id,
          as: 'li.staff',
          orgUnit: 'huayuan-park',
          name: '锰基电池材料',
          investorName: '盈田高科',
        }),
        'SIGNED',
        'li.staff',
        {
          SIGNED: { leaderId: userId(t, 'liu.leader') },
        },
      );
      p.wang = await advance(
        t,
        await make({ chainId: bio.id, name: '生物医药产业园', investorName: '湘药集团 100%_控股' }),
        'SIGNED',
        'zhang.staff',
        {
          SIGNED: { leaderId: userId(t, 'wang.leader') },
        },
      );
      p.ended = await advance(
        t,
        await make({ chainId: bio.id, name: '已终止的药业项目', investorName: '停摆药业' }),
        'SIGNED',
      );
      ok(
        await t.gql(
          TERMINATE_PROJECT,
          { id: p.ended.id, version: p.ended.version, reason: '企业注销' },
          'zhang.staff',
        ),
      );
      p.fake = await advance(
        t,
        await make({
          chainId: bio.id,
          name: '只签不投的项目',
          investorName: '空壳投资',
          investorCreditCode: creditCode(777),
        }),
        'SIGNED',
      );
      await setProjectColumns(t, p.fake.id, {
        signedOn: daysAgo(100),
        stageEnteredOn: daysAgo(100),
        lastProgressOn: daysAgo(100),
      });
      // An ordinary edit after the SQL refreshes the stored flag schedule.
      p.fake = ok(await updateProject(t, await getProject(t, p.fake.id), { chainRole: 'FILL' }))
        .updateProject as ProjectView;
    });

    const ids = (...keys: string[]) => keys.map((key) => p[key].id).sort();
    const boardIds = async (filter: Record<string, unknown>, as = 'admin') => {
      const columns = await board(filter, as, 200);
      return idsOn(columns).filter((id) => Object.values(p).some((project) => project.id === id));
    };

    it('filters by org unit, including the units below it', async () => {
      expect(await boardIds({ orgUnitId: orgUnitId(t, 'luxi') })).toEqual(
        ids('luxi', 'park', 'wang', 'fake'),
      );
      expect(await boardIds({ orgUnitId: orgUnitId(t, 'luxi-park') })).toEqual(ids('park'));
      expect(await boardIds({ orgUnitId: orgUnitId(t, 'huayuan') })).toEqual(
        ids('huayuan', 'huayuanPark'),
      );
      expect(await boardIds({ orgUnitId: orgUnitId(t, 'city') })).toEqual(
        ids('luxi', 'park', 'huayuan', 'huayuanPark', 'wang', 'fake'),
      );
    });

    it('refuses an org unit outside the caller’s scope or one that does not exist', async () => {
      refused(
        await t.gql(BOARD, { filter: { orgUnitId: orgUnitId(t, 'huayuan') } }, 'zhang.staff'),
        'FORBIDDEN',
      );
      refused(
        await t.gql(BOARD, { filter: { orgUnitId: '999999' } }, 'zhang.staff'),
        'BAD_USER_INPUT',
      );
    });

    it('filters by chain, leader and owner', async () => {
      expect(await boardIds({ chainId: chains[2].id })).toEqual(ids('huayuan', 'huayuanPark'));
      expect(await boardIds({ leaderId: userId(t, 'wang.leader') })).toEqual(ids('wang'));
      expect(await boardIds({ leaderId: userId(t, 'liu.leader') })).toEqual(ids('huayuanPark'));
      expect(await boardIds({ ownerId: userId(t, 'zhou.staff') })).toEqual(ids('park'));
      expect(await boardIds({ ownerId: userId(t, 'li.staff'), chainId: chains[2].id })).toEqual(
        ids('huayuan', 'huayuanPark'),
      );
    });

    it('filters by a flag shown today', async () => {
      expect(await boardIds({ flag: 'FAKE_PROJECT' })).toEqual(ids('fake'));
      expect(await boardIds({ flag: 'IDLE_LAND' })).toEqual([]);
    });

    it('searches project names, codes and investor names, with LIKE wildcards taken literally', async () => {
      expect(await boardIds({ search: '锰' })).toEqual(ids('huayuan', 'huayuanPark'));
      expect(await boardIds({ search: '盈田' })).toEqual(ids('huayuanPark'));
      expect(await boardIds({ search: `  ${p.park.code}  ` })).toEqual(ids('park'));
      expect(await boardIds({ search: '%' })).toEqual(ids('wang'));
      expect(await boardIds({ search: '_' })).toEqual(ids('wang'));
      expect(await boardIds({ search: "'; DROP TABLE project; --" })).toEqual([]);
      refused(
        await t.gql(BOARD, { filter: { search: '长'.repeat(101) } }, 'admin'),
        'BAD_USER_INPUT',
      );
    });

    it('shows terminated projects only with includeTerminated', async () => {
      expect(await boardIds({ search: '药业' })).toEqual([]);
      expect(await boardIds({ search: '药业', includeTerminated: true })).toEqual(ids('ended'));
    });

    it('combines filters and keeps to the caller’s scope', async () => {
      expect(
        await boardIds({ chainId: chains[1].id, orgUnitId: orgUnitId(t, 'luxi-park') }),
      ).toEqual(ids('park'));
      expect(await boardIds({}, 'li.staff')).toEqual(ids('huayuan', 'huayuanPark'));
      expect(await boardIds({}, 'zhou.staff')).toEqual(ids('park'));
      expect(await boardIds({ search: '锰' }, 'zhang.staff')).toEqual([]);
    });
  });

  describe('SQL statements per board query', () => {
    /** `count` cards on a chain of their own, spread over the stages, with leaders, money and flags. */
    async function populate(chainId: string, count: number, prefix: string) {
      for (let i = 0; i < count; i++) {
        const owner = i % 3 === 0 ? { as: 'zhou.staff', orgUnit: 'luxi-park' } : {};
        const project = await make({
          chainId,
          ...owner,
          name: `${prefix}${i}`,
          investorName: `${prefix}投资方${i % 4}`,
          investorCreditCode: i % 4 === 0 ? creditCode(5000 + count) : null,
        });
        const stage = (['NEGOTIATING', 'SIGNED', 'LANDED', 'STARTED', 'OPERATING'] as const)[i % 5];
        const as = owner.as ?? 'zhang.staff';
        await advance(t, project, stage, as, {
          SIGNED: { leaderId: userId(t, i % 2 ? 'chen.leader' : 'wang.leader') },
        });
      }
    }

    async function statementsFor(chainId: string) {
      let count = 0;
      const original = t.dataSource.logger;
      (t.dataSource as any).logger = {
        logQuery: () => count++,
        logQueryError() {},
        logQuerySlow() {},
        logSchemaBuild() {},
        logMigration() {},
        log() {},
      };
      try {
        const response = await t.gql(FULL_BOARD, { filter: { chainId }, first: 50 }, 'wang.leader');
        const columns = ok(response).board.columns as {
          totalCount: number;
          projects: { edges: { node: { flags: unknown[] } }[] };
        }[];
        return {
          count,
          cards: columns.reduce((sum, column) => sum + column.projects.edges.length, 0),
          columns,
        };
      } finally {
        (t.dataSource as any).logger = original;
      }
    }

    it('is a small constant that does not grow from 10 to 50 cards', async () => {
      const [small, large] = [chains[4].id, chains[5].id];
      await populate(small, 10, '小批');
      await populate(large, 50, '大批');
      // Warm up once (login, thresholds), then measure.
      await statementsFor(small);
      const ten = await statementsFor(small);
      const fifty = await statementsFor(large);
      expect(ten.cards).toBe(10);
      expect(fifty.cards).toBe(50);
      expect(fifty.columns.every((column) => column.totalCount > 0)).toBe(true);
      expect(
        fifty.columns.some((column) =>
          column.projects.edges.some((edge) => edge.node.flags.length > 0),
        ),
      ).toBe(true);
      // The logger really sees the statements on this engine.
      expect(ten.count).toBeGreaterThan(0);
      // Login, scope, totals, five columns, then one batch per kind of nested row (investor,
      // users, chain, org unit, duplicates): at most one batch per column when the columns'
      // rows arrive at different moments (MySQL), so never more than 9 + 5 × 6. One statement per
      // card would add 40 going from 10 to 50 cards.
      expect(fifty.count).toBeLessThanOrEqual(39);
      expect(fifty.count - ten.count).toBeLessThan(10);
      if (t.engine === 'sqlite') expect(fifty.count).toBe(ten.count);
    });
  });
});
