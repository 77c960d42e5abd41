import { addDays, todayIso } from '@luodi/domain';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { growProvince } from '../bench/province';
import { startTestApp, type TestApp } from '../support/test-app';

const MOVE = `mutation ($id: ID!, $version: Int!, $evidence: StageEvidenceInput, $afterId: ID) {
  moveProject(id: $id, version: $version, toStage: SIGNED, evidence: $evidence, afterId: $afterId) { id } }`;

/**
 * Moves that land in the same place at the same moment: each card gets a position of its own
 * and the column keeps one order, because the anchor card is locked before its neighbour is read.
 */
describe('card positions under concurrent moves', () => {
  let t: TestApp;
  const today = todayIso();

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource
      .getRepository(IndustryChain)
      .save(['白酒', '绿色食品'].map((name) => ({ name, chainLeaderId: null })));
    await growProvince(t.dataSource, 2000, today);
  });
  afterAll(() => t.close());

  async function negotiatingCards(count: number): Promise<{ id: string; version: number }[]> {
    const owner = String(t.accounts.users.get('zhang.staff')!.id);
    const column = await t.gql(
      `query ($owner: ID!, $first: Int) { boardColumn(stage: NEGOTIATING, filter: { ownerId: $owner }) {
        projects(first: $first) { edges { node { id version } } } } }`,
      { owner, first: count },
      'zhang.staff',
    );
    return column.data.boardColumn.projects.edges.map(
      (edge: { node: { id: string; version: number } }) => edge.node,
    );
  }

  const evidence = (id: string) => ({
    signedOn: today,
    contractNo: `HT-POS-${id}`,
    contractedInvestment: 2000,
    leaderId: String(t.accounts.users.get('chen.leader')!.id),
    plannedStartOn: addDays(today, 90),
    plannedOperatingOn: addDays(today, 400),
  });

  async function signedPositions(): Promise<{ id: number; position: number }[]> {
    return t.dataSource.query(
      `SELECT id, position FROM project WHERE stage = 'SIGNED' AND status = 'ACTIVE' ORDER BY position, id`,
    );
  }

  it.each([
    ['on top of the column', null],
    ['below the same card', 'first'],
  ])('gives twelve cards dropped %s at once twelve positions', async (_, where) => {
    const [top] = await signedPositions();
    const afterId = where === 'first' ? String(top.id) : null;
    const cards = await negotiatingCards(12);
    expect(cards).toHaveLength(12);
    const results = await Promise.all(
      cards.map((card) =>
        t.gql(
          MOVE,
          { id: card.id, version: card.version, evidence: evidence(card.id), afterId },
          'zhang.staff',
        ),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const column = await signedPositions();
    const moved = column.filter((card) => cards.some((c) => Number(c.id) === Number(card.id)));
    expect(moved).toHaveLength(12);
    expect(new Set(column.map((card) => card.position)).size).toBe(column.length);
    // Every dropped card sits where it was dropped: all twelve on top, or all just below `top`.
    const index = (id: number) => column.findIndex((card) => Number(card.id) === Number(id));
    const places = moved.map((card) => index(card.id)).sort((a, b) => a - b);
    const start = where === 'first' ? index(top.id) + 1 : 0;
    expect(places).toEqual(Array.from({ length: 12 }, (_, i) => start + i));
  });
});
