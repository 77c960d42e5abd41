import { existsSync } from 'node:fs';
import { addDays, todayIso } from '@luodi/domain';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { artifactPath, CLIENT_DIR, launchChromium } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'luodi2026';
const VALID_CREDIT_CODE = '91350100M000100Y43';
const BAD_CREDIT_CODE = '91350100M000100Y40';

const PROJECT_FIELDS = 'id name version stage';
const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $toStage: Stage!, $evidence: StageEvidenceInput) {
  moveProject(id: $id, version: $version, toStage: $toStage, evidence: $evidence) { ${PROJECT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
  updateProject(id: $id, version: $version, input: $input) { ${PROJECT_FIELDS} } }`;

interface Created {
  id: string;
  name: string;
  version: number;
  stage: string;
}

/** Reads until the value is as expected (or the time is up) and returns the last reading. */
async function settle<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const daysAgo = (days: number) => addDays(todayIso(), -days);

/** Browser tests of the Kanban board on the real server: drag, evidence, conflicts, filters. */
describe('the project board', () => {
  let t: TestApp;
  let browser: Browser;
  let chainId: string;
  /** The card moved to 落地 by the first test; the later ones work on it. */
  let landing: Created;

  const gqlOk = async <T = any>(
    query: string,
    variables: Record<string, unknown>,
    as: string,
  ): Promise<T> => {
    const response = await t.gql<T>(query, variables, as);
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };

  /** A 在谈 project of zhang.staff (泸溪县), moved to 签约 with chen.leader as its leader when asked. */
  async function project(
    name: string,
    options: { signed?: boolean; contracted?: number } = {},
  ): Promise<Created> {
    const { createProject } = await gqlOk<{ createProject: Created }>(
      CREATE,
      {
        input: {
          name,
          investorName: `${name}投资有限公司`,
          orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id),
          chainId,
          chainRole: 'EXTEND',
          sourceMethod: '以商招商',
          plannedInvestment: 5000,
        },
      },
      'zhang.staff',
    );
    if (!options.signed) return createProject;
    const { moveProject } = await gqlOk<{ moveProject: Created }>(
      MOVE,
      {
        id: createProject.id,
        version: createProject.version,
        toStage: 'SIGNED',
        evidence: {
          signedOn: daysAgo(40),
          contractNo: `HT-${createProject.id}`,
          contractedInvestment: options.contracted ?? 12000,
          leaderId: String(t.accounts.users.get('chen.leader')!.id),
          plannedStartOn: addDays(todayIso(), 30),
          plannedOperatingOn: addDays(todayIso(), 400),
        },
      },
      'zhang.staff',
    );
    return moveProject;
  }

  async function newPage(context?: BrowserContext): Promise<Page> {
    const options = {
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    };
    return context ? context.newPage() : browser.newPage(options);
  }

  async function newContext(): Promise<BrowserContext> {
    return browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
  }

  async function signIn(page: Page, username: string, path = '/') {
    await page.goto(`${t.url}${path}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
  }

  /** Types a date into a date picker and confirms it, as a person does. */
  async function fillDate(page: Page, scope: Locator, label: string, date: string) {
    await scope.getByLabel(label).click();
    await scope.getByLabel(label).fill(date);
    await page.keyboard.press('Enter');
  }

  const column = (page: Page, stage: string) =>
    page.getByRole('region', { name: stage, exact: true });
  /** A card's name is its text, starting with the project and its stage ("…项目，签约 …"). */
  const cardName = (name: string, stage: string, separator = '，') =>
    new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s?${separator}${stage}(\\s|$)`);
  const card = (scope: Page | Locator, name: string, stage: string) =>
    scope.getByRole('button', { name: cardName(name, stage) });
  const countOf = async (page: Page, stage: string) =>
    Number(await column(page, stage).getByTestId('column-count').textContent());

  /** A mouse drag the way a person does it: press, move in small steps, release. */
  async function drag(page: Page, from: Locator, to: Locator) {
    const source = (await from.boundingBox())!;
    const target = (await to.boundingBox())!;
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, {
      steps: 5,
    });
    await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 25 });
    await page.waitForTimeout(200);
    await page.mouse.up();
  }

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    const chain = await t.dataSource
      .getRepository(IndustryChain)
      .save({ name: '锰锌钒新材料', chainLeaderId: null });
    chainId = String(chain.id);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('moves a 签约 card to 落地 by mouse, asking for the landing evidence and checking it', async () => {
    landing = await project('锰酸锂正极材料项目', { signed: true, contracted: 12000 });
    await project('电解金属锰深加工项目', { signed: true, contracted: 8000 });
    await project('钒电池储能项目');

    const page = await newPage();
    await signIn(page, 'zhang.staff');
    const signedCard = card(column(page, '签约'), landing.name, '签约');
    await signedCard.waitFor();
    expect(await countOf(page, '签约')).toBe(2);
    expect(await countOf(page, '落地')).toBe(0);
    await expect(column(page, '签约').getByTestId('column-total').textContent()).resolves.toContain(
      '2.00 亿元',
    );

    await drag(page, signedCard, column(page, '落地'));
    const dialog = page.getByRole('dialog', { name: /推进“锰酸锂正极材料项目”到「落地」/ });
    await dialog.waitFor();
    // Exactly the landing evidence: date, credit code, land or leased floor area.
    for (const label of [
      '落地日期',
      '项目公司统一社会信用代码',
      '用地面积（亩）',
      '租赁厂房面积（㎡）',
    ]) {
      await dialog.getByLabel(label).waitFor();
    }
    expect(await dialog.getByLabel('合同编号').count()).toBe(0);

    // The date starts empty: the person enters the real one.
    await fillDate(page, dialog, '落地日期', todayIso());
    await dialog.getByLabel('项目公司统一社会信用代码').fill(BAD_CREDIT_CODE);
    await dialog.getByLabel('用地面积（亩）').fill('50');
    await dialog.getByRole('button', { name: '确认推进' }).click();
    await dialog.getByText('统一社会信用代码校验位错误').waitFor();
    await page.screenshot({ path: artifactPath('evidence-dialog.png') });

    await dialog.getByLabel('项目公司统一社会信用代码').fill(VALID_CREDIT_CODE);
    await dialog.getByRole('button', { name: '确认推进' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(column(page, '落地'), landing.name, '落地').waitFor();
    await page.getByText('“锰酸锂正极材料项目”已进入「落地」').waitFor();
    expect(
      await settle(
        () => countOf(page, '落地'),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(await countOf(page, '签约')).toBe(1);
    const landedTotal = () => column(page, '落地').getByTestId('column-total').textContent();
    expect(await settle(landedTotal, (text) => Boolean(text?.includes('1.20 亿元')))).toContain(
      '1.20 亿元',
    );

    // The server agrees.
    const { project: saved } = await gqlOk(
      `query ($id: ID!) { project(id: $id) { stage companyCreditCode landArea } }`,
      { id: landing.id },
      'zhang.staff',
    );
    expect(saved).toEqual({ stage: 'LANDED', companyCreditCode: VALID_CREDIT_CODE, landArea: 50 });
    await page.close();
  });

  it('refuses a backward drag by staff with a message, and the card stays where it was', async () => {
    const page = await newPage();
    await signIn(page, 'zhang.staff');
    const landed = card(column(page, '落地'), landing.name, '落地');
    await landed.waitFor();
    await drag(page, landed, column(page, '签约'));
    await page.getByText('只有督查或管理员可以回退阶段。如需更正，请联系督查。').waitFor();
    await page.waitForTimeout(500);
    expect(await card(column(page, '落地'), landing.name, '落地').count()).toBe(1);
    expect(await card(column(page, '签约'), landing.name, '签约').count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await countOf(page, '落地')).toBe(1);
    const { project: saved } = await gqlOk(
      `query ($id: ID!) { project(id: $id) { stage } }`,
      { id: landing.id },
      'zhang.staff',
    );
    expect(saved.stage).toBe('LANDED');
    await page.close();
  });

  it('shows the newer data when two people save the same card (CONFLICT)', async () => {
    const shared = await project('锌基合金项目', { signed: true });
    const staffContext = await newContext();
    const leaderContext = await newContext();
    try {
      const staff = await newPage(staffContext);
      const leader = await newPage(leaderContext);
      await signIn(staff, 'zhang.staff');
      await signIn(leader, 'chen.leader');
      for (const page of [staff, leader]) {
        await card(column(page, '签约'), shared.name, '签约').click();
        const drawer = page.getByRole('dialog').filter({ hasText: shared.name });
        await drawer.getByRole('button', { name: /编\s*辑/ }).click();
      }

      const staffDrawer = staff.getByRole('dialog').filter({ hasText: shared.name });
      await staffDrawer.getByLabel('项目名称').fill('锌基合金项目（一期）');
      await staffDrawer.getByRole('button', { name: /保\s*存/ }).click();
      await staff.getByText('已保存').waitFor();

      const leaderDrawer = leader.getByRole('dialog').filter({ hasText: shared.name });
      await leaderDrawer.getByLabel('项目名称').fill('锌基合金项目（二期）');
      await leaderDrawer.getByRole('button', { name: /保\s*存/ }).click();
      await leader.getByText('该项目已被他人更新，已显示最新信息').waitFor();
      // The drawer and the card both show what the other person saved.
      await leader
        .getByRole('dialog')
        .getByRole('cell', { name: '锌基合金项目（一期）' })
        .waitFor();
      await card(column(leader, '签约'), '锌基合金项目（一期）', '签约').waitFor();
      await leader.screenshot({ path: artifactPath('drawer-conflict.png') });
      const { project: saved } = await gqlOk(
        `query ($id: ID!) { project(id: $id) { name } }`,
        { id: shared.id },
        'zhang.staff',
      );
      expect(saved.name).toBe('锌基合金项目（一期）');
    } finally {
      await staffContext.close();
      await leaderContext.close();
    }
  });

  it('filters the board by flag from a shared link (?flag=FAKE_PROJECT)', async () => {
    const fake = await project('年产万吨硫酸锰项目', { signed: true, contracted: 30000 });
    // Signed 120 days ago and no money since: a suspected fake project once a write refreshes the flags.
    await t.dataSource.query(
      'UPDATE project SET signedOn = ?, stageEnteredOn = ?, lastProgressOn = ? WHERE id = ?',
      [daysAgo(120), daysAgo(120), daysAgo(120), Number(fake.id)],
    );
    await gqlOk(
      UPDATE,
      { id: fake.id, version: fake.version, input: { plannedInvestment: 30000 } },
      'zhang.staff',
    );

    const page = await newPage();
    await signIn(page, 'zhang.staff', '/board?flag=FAKE_PROJECT');
    expect(new URL(page.url()).searchParams.get('flag')).toBe('FAKE_PROJECT');
    const fakeCard = card(column(page, '签约'), fake.name, '签约');
    await fakeCard.waitFor();
    expect(
      await settle(
        () => countOf(page, '签约'),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(await countOf(page, '落地')).toBe(0);
    expect(await page.getByRole('button', { name: new RegExp(landing.name) }).count()).toBe(0);
    await page.getByRole('search').getByText('疑似假项目').waitFor();

    const badge = fakeCard.locator('[data-flag="FAKE_PROJECT"]');
    expect(await badge.getAttribute('data-level')).toBe('RED');
    await badge.hover();
    await page
      .getByRole('tooltip')
      .filter({ hasText: /签约后 12\d 天未见到位资金/ })
      .waitFor();

    // Clearing the filter brings the other cards back and the URL follows.
    await page.getByRole('button', { name: '清除筛选' }).click();
    await card(column(page, '落地'), landing.name, '落地').waitFor();
    expect(new URL(page.url()).searchParams.has('flag')).toBe(false);
    await page.close();
  });

  it('records a capital arrival in the drawer, and the card’s capital bar follows', async () => {
    const page = await newPage();
    await signIn(page, 'zhang.staff');
    const landed = card(column(page, '落地'), landing.name, '落地');
    expect(await landed.getByTestId('capital-caption').textContent()).toBe('到位 0.00 万元（0%）');
    await landed.click();
    const drawer = page.getByRole('dialog').filter({ hasText: landing.name });
    await drawer.getByRole('tab', { name: '到位资金' }).click();
    await drawer.getByLabel('金额（万元）').fill('3000');
    await drawer.getByLabel('凭证号').fill('PZ-2026-001');
    await drawer.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText('已登记到位资金，等待督查核实').waitFor();
    await drawer.getByText('未核实（1 笔）').waitFor();
    await drawer.getByText('PZ-2026-001', { exact: false }).first().waitFor();
    const caption = () => landed.getByTestId('capital-caption').textContent();
    expect(await settle(caption, (text) => text === '到位 3,000.00 万元（25%）')).toBe(
      '到位 3,000.00 万元（25%）',
    );
    await page.screenshot({ path: artifactPath('drawer-arrivals.png') });

    await drawer.getByRole('tab', { name: '时间线' }).click();
    await drawer.getByText('阶段推进：签约 → 落地').waitFor();
    await drawer.getByText('登记到位资金 3,000.00 万元').waitFor();
    // The toast has said its piece; the screenshot shows the drawer itself.
    await page.getByText('已登记到位资金，等待督查核实').waitFor({ state: 'hidden' });
    await page.screenshot({ path: artifactPath('drawer.png') });

    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.screenshot({ path: artifactPath('board.png') });
    await page.close();
  });

  it('moves a card with the keyboard: space, arrow right, space asks for evidence; arrow up reorders', async () => {
    const keyed = await project('钒钛磁铁矿综合利用项目', { signed: true });
    const page = await newPage();
    await signIn(page, 'zhang.staff');
    const signedCard = card(column(page, '签约'), keyed.name, '签约');
    await signedCard.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    await page.keyboard.press('Space');
    const dialog = page.getByRole('dialog', { name: /推进“钒钛磁铁矿综合利用项目”到「落地」/ });
    await dialog.waitFor();
    await dialog.getByLabel('项目公司统一社会信用代码').waitFor();

    // Cancelling puts the card back.
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(column(page, '签约'), keyed.name, '签约').waitFor();
    expect(await card(column(page, '落地'), keyed.name, '落地').count()).toBe(0);

    // Within a column the keyboard reorders, and the order is the server's.
    const names = () =>
      column(page, '签约')
        .locator('[data-project-id]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-project-id')));
    const before = await names();
    const second = before[1]!;
    await column(page, '签约').locator(`[data-project-id="${second}"]`).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(400);
    await page.keyboard.press('Space');
    expect(await settle(names, (list) => list[0] === second)).toEqual([
      second,
      before[0],
      ...before.slice(2),
    ]);
    await page.waitForTimeout(500);
    await page.reload();
    await column(page, '签约').locator(`[data-project-id="${second}"]`).waitFor();
    expect((await names())[0]).toBe(second);
    await page.close();
  });

  it('loads more cards as a long column is scrolled to its end', async () => {
    const chain = await t.dataSource
      .getRepository(IndustryChain)
      .save({ name: '绿色食品', chainLeaderId: null });
    const names: string[] = [];
    for (let i = 1; i <= 34; i++) {
      const { createProject } = await gqlOk<{ createProject: Created }>(
        CREATE,
        {
          input: {
            name: `翻页项目${String(i).padStart(2, '0')}`,
            investorName: `翻页投资方${i}`,
            orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id),
            chainId: String(chain.id),
            chainRole: 'EXTEND',
            sourceMethod: '以商招商',
            plannedInvestment: 100 + i,
          },
        },
        'zhang.staff',
      );
      names.push(createProject.name);
    }
    const page = await newPage();
    await signIn(page, 'zhang.staff', `/board?chainId=${chain.id}`);
    const negotiating = column(page, '在谈');
    const cards = negotiating.getByRole('button', { name: /^翻页项目\d+\s?，在谈(\s|$)/ });
    await settle(
      () => cards.count(),
      (n) => n === 30,
    );
    expect(await cards.count()).toBe(30);
    // The newest card is on top, so the oldest four come with the second page.
    expect(await card(page, names[0], '在谈').count()).toBe(0);
    await page.locator('[data-column="NEGOTIATING"]').evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    expect(
      await settle(
        () => cards.count(),
        (n) => n === 34,
      ),
    ).toBe(34);
    await card(page, names[0], '在谈').waitFor();
    expect(await countOf(page, '在谈')).toBe(34);
    await page.close();
  });

  it('speaks English after the language switch', async () => {
    const page = await newPage();
    await signIn(page, 'zhang.staff');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Project board' }).waitFor();
    await column(page, 'Landed')
      .getByRole('button', { name: cardName(landing.name, 'Landed', ', ') })
      .waitFor();
    const header = await column(page, 'Landed').getByTestId('column-total').textContent();
    expect(header).toBe('Σ contracted 1.20 (100M CNY)');
    await page.getByRole('button', { name: 'New project' }).waitFor();
    await page.screenshot({ path: artifactPath('board-en.png') });
    await page.close();
  });

  it('lets a supervisor correct a stage backward, with a reason', async () => {
    const page = await newPage();
    await signIn(page, 'zhao.supervisor');
    const landed = card(column(page, '落地'), landing.name, '落地');
    await landed.waitFor();
    expect(await page.getByRole('button', { name: '新建项目' }).count()).toBe(0);
    await drag(page, landed, column(page, '签约'));
    const dialog = page.getByRole('dialog', { name: /将“锰酸锂正极材料项目”回退到「签约」/ });
    await dialog.waitFor();
    await dialog.getByText('将清除以下阶段的日期：落地').waitFor();
    await dialog.getByRole('button', { name: '确认回退' }).click();
    await dialog.getByText('回退原因不能为空').waitFor();
    await dialog.getByLabel('回退原因').fill('项目公司尚未注册，落地信息录入有误');
    await dialog.getByRole('button', { name: '确认回退' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(column(page, '签约'), landing.name, '签约').waitFor();
    await page.getByText('“锰酸锂正极材料项目”已回退到「签约」').waitFor();
    const { project: saved } = await gqlOk(
      `query ($id: ID!) { project(id: $id) { stage landedOn } }`,
      { id: landing.id },
      'zhao.supervisor',
    );
    expect(saved).toEqual({ stage: 'SIGNED', landedOn: null });

    // The correction and its reason are in the drawer's timeline.
    await card(column(page, '签约'), landing.name, '签约').click();
    const drawer = page.getByRole('dialog').filter({ hasText: landing.name });
    await drawer.getByRole('tab', { name: '时间线' }).click();
    await drawer.getByText('阶段回退：落地 → 签约').waitFor();
    await drawer.getByText('回退原因：空 → 项目公司尚未注册，落地信息录入有误').waitFor();
    await page.close();
  });

  it('shows an empty board in words, and creates the first project from it', async () => {
    const page = await newPage();
    await signIn(page, 'sun.staff');
    await page.getByText('还没有项目。点击“新建项目”录入第一条招商线索。').waitFor();
    await page.screenshot({ path: artifactPath('board-empty.png') });

    await page.getByRole('button', { name: '新建项目' }).first().click();
    const drawer = page.getByRole('dialog').filter({ hasText: '投资方名称' });
    await drawer.getByLabel('项目名称').fill('白酒酿造技改项目');
    await drawer.getByLabel('投资方名称').fill('保靖酒业有限公司');
    await drawer.getByLabel('投资方统一社会信用代码').fill('91350100M000100Y40');
    await drawer.getByLabel('计划投资额（万元）').fill('6000');
    await drawer.getByLabel('产业链', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '锰锌钒新材料' }).click();
    await drawer.getByLabel('招商方式').click();
    await page.locator('.ant-select-item-option', { hasText: '敲门招商' }).click();
    await drawer.getByRole('button', { name: /创\s*建/ }).click();
    await drawer.getByText('统一社会信用代码校验位错误').waitFor();
    await page.screenshot({ path: artifactPath('create-project.png') });
    await drawer.getByLabel('投资方统一社会信用代码').fill(VALID_CREDIT_CODE);
    await drawer.getByRole('button', { name: /创\s*建/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await card(column(page, '在谈'), '白酒酿造技改项目', '在谈').waitFor();
    expect(
      await settle(
        () => countOf(page, '在谈'),
        (n) => n === 1,
      ),
    ).toBe(1);
    await page.close();
  });

  it('warns before saving a project whose investor already has a live one', async () => {
    const page = await newPage();
    await signIn(page, 'sun.staff');
    await page.getByRole('button', { name: '新建项目' }).first().click();
    const drawer = page.getByRole('dialog').filter({ hasText: '投资方名称' });
    await drawer.getByLabel('项目名称').fill('白酒酿造技改二期项目');
    await drawer.getByLabel('投资方名称').fill('保靖酒业有限公司');
    await drawer.getByLabel('投资方统一社会信用代码').fill(VALID_CREDIT_CODE);
    await drawer.getByLabel('产业链', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '锰锌钒新材料' }).click();
    await drawer.getByLabel('招商方式').click();
    await page.locator('.ant-select-item-option', { hasText: '以商招商' }).click();
    await drawer.getByRole('button', { name: /创\s*建/ }).click();
    const warning = drawer.getByRole('alert').filter({ hasText: '疑似重复' });
    await warning
      .getByText(/白酒酿造技改项目（保靖酒业有限公司，保靖县，在谈）— 同一信用代码/)
      .waitFor();
    await page.screenshot({ path: artifactPath('duplicate-warning.png') });
    expect(await countOf(page, '在谈')).toBe(1);
    await drawer.getByRole('button', { name: '核实无误，仍然保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await card(column(page, '在谈'), '白酒酿造技改二期项目', '在谈').waitFor();
    await page.close();
  });

  it('shows the newer card when a move meets a CONFLICT, rather than overwriting', async () => {
    const raced = await project('锰渣无害化处理项目', { signed: true });
    const page = await newPage();
    await signIn(page, 'zhang.staff');
    const signedCard = card(column(page, '签约'), raced.name, '签约');
    await signedCard.waitFor();
    // Someone else renames the project after this board was loaded.
    await gqlOk(
      UPDATE,
      { id: raced.id, version: raced.version, input: { name: '锰渣无害化综合处理项目' } },
      'zhang.staff',
    );

    await drag(page, signedCard, column(page, '落地'));
    const dialog = page.getByRole('dialog', { name: /推进“锰渣无害化处理项目”到「落地」/ });
    await fillDate(page, dialog, '落地日期', todayIso());
    await dialog.getByLabel('项目公司统一社会信用代码').fill(VALID_CREDIT_CODE);
    await dialog.getByLabel('租赁厂房面积（㎡）').fill('3000');
    await dialog.getByRole('button', { name: '确认推进' }).click();
    await page.getByText('该项目已被他人更新，已显示最新信息').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // The card is back in 签约 with the newer name; nothing was moved on the server.
    await card(column(page, '签约'), '锰渣无害化综合处理项目', '签约').waitFor();
    expect(await column(page, '落地').getByRole('button', { name: /锰渣/ }).count()).toBe(0);
    const { project: saved } = await gqlOk(
      `query ($id: ID!) { project(id: $id) { stage } }`,
      { id: raced.id },
      'zhang.staff',
    );
    expect(saved.stage).toBe('SIGNED');
    await page.close();
  });

  it('keeps follow-ups, names the leader and terminates a project from the drawer', async () => {
    const lead = await project('农产品冷链物流园项目');
    const page = await newPage();
    await signIn(page, 'zhang.staff');
    const negotiating = card(column(page, '在谈'), lead.name, '在谈');
    const countBefore = await countOf(page, '在谈');
    await negotiating.getByText('包抓 待定').waitFor();
    await negotiating.click();
    const drawer = page.getByRole('dialog').filter({ hasText: lead.name });

    await drawer.getByRole('tab', { name: '跟进记录' }).click();
    await drawer.getByLabel('跟进内容').fill('赴长沙总部洽谈冷库选址，对方同意下月实地考察');
    await drawer.getByRole('button', { name: /添\s*加/ }).click();
    await page.getByText('已添加跟进记录').waitFor();
    await drawer.getByText('赴长沙总部洽谈冷库选址，对方同意下月实地考察').first().waitFor();

    await drawer.getByRole('tab', { name: '包抓领导' }).click();
    await drawer.getByLabel('更换包抓领导').click();
    await page.locator('.ant-select-item-option', { hasText: '陈志强' }).click();
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已更换包抓领导').waitFor();
    await negotiating.getByText('包抓 陈志强').waitFor();

    await drawer.getByRole('tab', { name: '时间线' }).click();
    await drawer.getByText('更换包抓领导').first().waitFor();
    await drawer.getByText('包抓领导：空 → 陈志强').waitFor();
    await drawer.getByText('跟进：走访').waitFor();

    await drawer.getByRole('tab', { name: '终止' }).click();
    await drawer.getByLabel('终止原因').fill('投资方战略调整，项目取消');
    await drawer.getByRole('button', { name: '终止项目' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText(`已终止“${lead.name}”`).waitFor();
    await drawer.getByRole('cell', { name: '投资方战略调整，项目取消' }).waitFor();
    await negotiating.waitFor({ state: 'detached' });
    expect(
      await settle(
        () => countOf(page, '在谈'),
        (n) => n === countBefore - 1,
      ),
    ).toBe(countBefore - 1);
    await page.close();
  });
});
