import { existsSync } from 'node:fs';
import { addDays, todayIso } from '@luodi/domain';
import type { Browser } from 'playwright-core';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { artifactPath, CLIENT_DIR, launchChromium, signInAt } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const PROJECT_NAME = '年产五万吨电解锰项目';
const DEMAND = '签约已逾百日未见资金到位，请说明原因并报送资金到位计划';
const REPLY = '已约谈投资方，首期资金三千万元本月底前到位，附资金计划';

/** A supervisor finds a 假工程 on the 督查 page, reads its history and issues a 督办; the leader answers. */
describe('the supervisors’ workspace', () => {
  let t: TestApp;
  let browser: Browser;

  const gqlOk = async (query: string, variables: Record<string, unknown>, as: string) => {
    const response = await t.gql(query, variables, as);
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };

  const signIn = (username: string, path: string) => signInAt(browser, t.url, username, path);

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    browser = await launchChromium();
    const chain = await t.dataSource
      .getRepository(IndustryChain)
      .save({ name: '锰锌钒新材料', chainLeaderId: t.accounts.users.get('wang.leader')!.id });
    const { createProject } = await gqlOk(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }`,
      {
        input: {
          name: PROJECT_NAME,
          investorName: '湘西新锰科技有限公司',
          orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id),
          chainId: String(chain.id),
          chainRole: 'EXTEND',
          sourceMethod: '以商招商',
          plannedInvestment: 30000,
        },
      },
      'zhang.staff',
    );
    const signedOn = addDays(todayIso(), -120);
    await gqlOk(
      `mutation ($id: ID!, $version: Int!, $evidence: StageEvidenceInput) { moveProject(id: $id, version: $version, toStage: SIGNED, evidence: $evidence) { id } }`,
      {
        id: createProject.id,
        version: createProject.version,
        evidence: {
          signedOn: addDays(todayIso(), -1),
          contractNo: 'HT-LX-2026-031',
          contractedInvestment: 30000,
          leaderId: String(t.accounts.users.get('chen.leader')!.id),
          plannedStartOn: addDays(todayIso(), 60),
          plannedOperatingOn: addDays(todayIso(), 400),
        },
      },
      'zhang.staff',
    );
    // Signed 120 days ago with nothing arrived: the 疑似假项目 the page must surface.
    await t.dataSource.query(
      'UPDATE project SET signedOn = ?, stageEnteredOn = ?, lastProgressOn = ? WHERE id = ?',
      [signedOn, signedOn, signedOn, Number(createProject.id)],
    );
    await t.app.get(FlagsService).refresh(t.dataSource.manager, [Number(createProject.id)]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('finds the fake project, opens its history, issues a 督办; the leader replies; the supervisor closes it', async () => {
    const supervisor = await signIn('zhao.supervisor', '/inspection');
    const fakeTile = supervisor.getByRole('button', { name: /疑似假项目\s*红灯 1 个/ });
    await fakeTile.waitFor();
    await fakeTile.click();
    await supervisor.waitForURL(/flag=FAKE_PROJECT/);
    const row = supervisor.getByRole('row').filter({ hasText: PROJECT_NAME });
    await row.getByText('签约后 120 天未见到位资金').waitFor();
    await supervisor.screenshot({ path: artifactPath('inspection.png'), fullPage: true });

    await row.getByRole('button', { name: /查\s*看/ }).click();
    const drawer = supervisor.getByRole('dialog');
    await drawer.getByText('阶段推进：在谈 → 签约').waitFor();
    await drawer.getByText('创建项目（在谈）').waitFor();
    await supervisor.screenshot({ path: artifactPath('inspection-audit-trail.png') });
    await drawer.getByRole('tab', { name: '督办' }).click();
    await drawer.getByLabel('督办事项').fill(DEMAND);
    await drawer.getByRole('button', { name: /下\s*发/ }).click();
    const issued = drawer.getByTestId(/^notice-/).filter({ hasText: DEMAND });
    await issued.getByText('待回复').waitFor();
    await supervisor.screenshot({ path: artifactPath('notice-issued.png') });

    const leader = await signIn('chen.leader', '/notices');
    const inbox = leader.getByTestId(/^notice-/).filter({ hasText: DEMAND });
    await inbox.waitFor();
    await inbox.getByRole('button', { name: /^回\s*复$/ }).click();
    await inbox.getByLabel('回复内容').fill(REPLY);
    await inbox.getByRole('button', { name: '提交回复' }).click();
    await leader.getByText('已回复').first().waitFor();
    await leader.getByText('我的督办', { exact: true }).click();
    await leader
      .getByTestId(/^notice-/)
      .filter({ hasText: REPLY })
      .waitFor();
    await leader.screenshot({ path: artifactPath('notice-replied.png'), fullPage: true });

    await supervisor.goto(`${t.url}/notices`);
    const toClose = supervisor.getByTestId(/^notice-/).filter({ hasText: REPLY });
    await toClose.waitFor();
    await toClose.getByRole('button', { name: /^办\s*结$/ }).click();
    await toClose.getByLabel('办结意见（可选）').fill('资金计划已报送，跟踪到位情况');
    await toClose.getByRole('button', { name: /^办\s*结$/ }).click();
    await supervisor.getByText('辖区全部', { exact: true }).click();
    await supervisor.getByText('已办结：资金计划已报送，跟踪到位情况').waitFor();
    await supervisor.screenshot({ path: artifactPath('notice-closed.png'), fullPage: true });

    const [{ status }] = await t.dataSource.query('SELECT status FROM supervision');
    expect(status).toBe('CLOSED');
    await supervisor.context().close();
    await leader.context().close();
  });

  it('lets the admin change a threshold in 设置, and every project’s flags follow', async () => {
    const admin = await signIn('admin', '/settings/thresholds');
    const days = admin.getByLabel('签约后无到位资金满');
    await days.waitFor();
    expect(await days.inputValue()).toBe('90');
    await days.fill('150');
    await admin.getByRole('button', { name: '保存并重算预警' }).click();
    // First how many projects the change lights or clears, then the save itself.
    const preview = admin.getByTestId('thresholds-preview');
    await preview.getByText(/疑似假项目：新亮灯 0 个项目，不再亮灯 [1-9]\d* 个/).waitFor();
    await admin.waitForTimeout(300); // the dialog's entry animation
    await admin.screenshot({ path: artifactPath('thresholds-preview.png') });
    await admin.getByRole('button', { name: '保存并重算', exact: true }).click();
    await admin.getByText('已保存，全部项目的预警已按新标准重算').waitFor();
    await admin.screenshot({ path: artifactPath('thresholds.png'), fullPage: true });
    // Signed 120 days ago: no longer a suspected fake project under a 150-day limit.
    const listed = await t.gql(
      `{ flaggedProjects(filter: { flag: FAKE_PROJECT }) { totalCount } }`,
      {},
      'zhao.supervisor',
    );
    expect(listed.data?.flaggedProjects.totalCount).toBe(0);
    await admin.reload();
    await admin.getByLabel('签约后无到位资金满').waitFor();
    expect(await admin.getByLabel('签约后无到位资金满').inputValue()).toBe('150');
    await admin.context().close();
  });
});
