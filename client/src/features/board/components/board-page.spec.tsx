import type { MockedProviderProps } from '@apollo/client/testing/react';
import { act, screen, within } from '@testing-library/react';
import { STAGES } from '@luodi/domain';
import type { BoardCardFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import {
  BoardFilterOptionsDocument,
  BoardPageDocument,
  BoardViewerDocument,
} from '../api/board-operations';
import { BoardPage } from './board-page';

type Mocks = NonNullable<MockedProviderProps['mocks']>;
const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

function node(overrides: Partial<BoardCardFragment> & { id: string; name: string }) {
  return {
    __typename: 'Project',
    code: `XM-2026-${overrides.id}`,
    stage: 'SIGNED',
    status: 'ACTIVE',
    version: 1,
    daysInStage: 12,
    plannedInvestment: null,
    contractedInvestment: 12000,
    arrivedInvestment: 3000,
    arrivedVerified: 0,
    signedOn: '2026-04-01',
    contractNo: 'HT-1',
    plannedStartOn: '2026-06-01',
    plannedOperatingOn: '2027-06-01',
    landedOn: null,
    companyCreditCode: null,
    landArea: null,
    leasedFloorArea: null,
    startedOn: null,
    permitNo: null,
    operatingOn: null,
    investor: { __typename: 'Investor', id: `i${overrides.id}`, name: '湘西锰业有限公司' },
    owner: person('2', '张明'),
    leader: person('5', '陈志强'),
    team: [],
    openBlockerCount: 0,
    flags: [],
    ...overrides,
  };
}

const cards = {
  SIGNED: [
    node({ id: '11', name: '锰酸锂正极材料项目' }),
    node({
      id: '12',
      name: '年产万吨硫酸锰项目',
      leader: null,
      arrivedInvestment: 0,
      arrivedVerified: 0,
      flags: [
        {
          __typename: 'Flag',
          kind: 'FAKE_PROJECT',
          level: 'RED',
          reason: '签约后 120 天未见到位资金',
          since: '2026-04-01',
        } as never,
      ],
    }),
  ],
  NEGOTIATING: [
    node({
      id: '10',
      name: '钒电池储能项目',
      stage: 'NEGOTIATING',
      plannedInvestment: 5000,
      contractedInvestment: null,
      leader: null,
      arrivedInvestment: 0,
      arrivedVerified: 0,
      signedOn: null,
    }),
  ],
};

const mocks: Mocks = [
  {
    request: { query: BoardViewerDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: '2',
          role: 'STAFF',
          orgUnit: { __typename: 'OrgUnit', id: '3' },
        },
      },
    },
  },
  {
    request: { query: BoardFilterOptionsDocument },
    result: {
      data: {
        orgUnits: [
          { __typename: 'OrgUnit', id: '3', name: '泸溪县', kind: 'COUNTY', parent: null },
        ],
        chains: [{ __typename: 'IndustryChain', id: '1', name: '锰锌钒新材料' }],
        leaders: [person('5', '陈志强')],
        staff: [person('2', '张明')],
      },
    },
  },
  {
    request: {
      query: BoardPageDocument,
      variables: { filter: { flag: 'FAKE_PROJECT' }, first: 30 },
    },
    result: {
      data: {
        board: {
          __typename: 'Board',
          columns: STAGES.map((stage) => {
            const list = (cards as Record<string, ReturnType<typeof node>[]>)[stage] ?? [];
            return {
              __typename: 'BoardColumn',
              stage,
              totalCount: stage === 'SIGNED' ? 40 : list.length,
              totalContracted: stage === 'SIGNED' ? 25000 : 0,
              totalPlanned: stage === 'NEGOTIATING' ? 5000 : 0,
              projects: {
                __typename: 'ProjectConnection',
                edges: list.map((card) => ({
                  __typename: 'ProjectEdge',
                  cursor: `c${card.id}`,
                  node: card,
                })),
                pageInfo: {
                  __typename: 'PageInfo',
                  hasNextPage: stage === 'SIGNED',
                  endCursor: 'c12',
                },
              },
            };
          }),
        },
      },
    },
  },
];

describe('BoardPage', () => {
  it('shows five columns with counts, sums and cards read from the URL filter', async () => {
    const warnings: unknown[] = [];
    const spy = jest
      .spyOn(console, 'error')
      .mockImplementation((...args) => void warnings.push(args));
    const warnSpy = jest
      .spyOn(console, 'warn')
      .mockImplementation((...args) => void warnings.push(args));
    renderWithProviders(<BoardPage />, { mocks, path: '/board?flag=FAKE_PROJECT' });

    const signedCard = await screen.findByRole(
      'button',
      // A card's name is its text: the project and its stage first, then what the card shows.
      { name: /^锰酸锂正极材料项目\s?，签约 .*合同 1\.20 亿元/ },
      { timeout: 10_000 },
    );
    const signed = screen.getByRole('region', { name: '签约' });
    expect(within(signed).getByTestId('column-count').textContent).toBe('40');
    expect(within(signed).getByTestId('column-total').textContent).toBe('Σ 合同引资 2.50 亿元');
    expect(within(signedCard).getByText('合同 1.20 亿元')).toBeTruthy();
    expect(within(signedCard).getByText('到位 3,000.00 万元（25%）')).toBeTruthy();
    expect(within(signed).getByRole('button', { name: '加载更多（已显示 2 / 40）' })).toBeTruthy();

    const fake = screen.getByRole('button', { name: /^年产万吨硫酸锰项目\s?，签约 / });
    expect(within(fake).getByText('未落实包抓领导')).toBeTruthy();
    expect(within(fake).getByText('疑似假项目').getAttribute('data-level')).toBe('RED');
    expect(fake.getAttribute('aria-description')).toBe('疑似假项目：签约后 120 天未见到位资金');

    // 在谈 sums what its cards show: planned investment, and says so.
    expect(
      within(screen.getByRole('region', { name: '在谈' })).getByTestId('column-total').textContent,
    ).toBe('Σ 计划投资 5,000.00 万元');
    const negotiating = screen.getByRole('button', { name: /^钒电池储能项目\s?，在谈 / });
    expect(within(negotiating).getByText('计划 5,000.00 万元')).toBeTruthy();
    expect(within(negotiating).getByText(/包抓 待定/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '投产' })).getByText('暂无项目')).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建项目/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '清除筛选' })).toBeTruthy();

    await act(async () => undefined);
    spy.mockRestore();
    warnSpy.mockRestore();
    expect(warnings).toEqual([]);
  });
});
