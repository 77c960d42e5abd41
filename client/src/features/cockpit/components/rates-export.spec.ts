import type { RateFieldsFragment } from '../../../gql/graphql';
import { buildRatesWorkbook } from './rates-export';

const row = (
  key: string,
  label: string,
  rates: Partial<RateFieldsFragment> = {},
): RateFieldsFragment => ({
  key,
  label,
  signedCount: 2,
  contractedInvestment: 12345.67,
  arrivedInvestment: 100,
  arrivedVerified: 40,
  landingRate: 0.5,
  startRate: 0,
  operatingRate: 0,
  capitalArrivalRate: 100 / 12345.67,
  fulfillmentRate: null,
  ...rates,
});

describe('rates workbook', () => {
  it('writes one sheet per grouping with Chinese headers, 万元 amounts, rates and a frozen header', async () => {
    const rows = [row('3', '泸溪县'), row('TOTAL', '合计')];
    const workbook = await buildRatesWorkbook(
      {
        ORG_UNIT: rows,
        CHAIN: rows,
        LEADER: [row('TOTAL', '合计', { signedCount: 0, landingRate: null })],
        SOURCE_METHOD: rows,
      },
      { preset: 'thisYear', from: '2026-01-01', to: '2026-12-31' },
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '按县市区',
      '按产业链',
      '按包抓领导',
      '按招商方式',
    ]);
    const sheet = workbook.getWorksheet('按县市区')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '县市区 / 园区',
      '签约数',
      '合同引资额',
      '到位资金',
      '其中已核实',
      '落地率',
      '开工率',
      '投产率',
      '资金到位率',
      '履约率',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    const luxi = sheet.getRow(2);
    expect(luxi.getCell(1).value).toBe('泸溪县');
    expect(luxi.getCell(3).value).toBe(12345.67);
    expect(luxi.getCell(3).numFmt).toBe('#,##0.00" 万元"');
    expect(luxi.getCell(6).value).toBe(0.5);
    expect(luxi.getCell(6).numFmt).toBe('0.0%');
    // No milestone due: no fulfilment rate, written as a dash rather than 0 %.
    expect(luxi.getCell(10).value).toBe('—');
    expect(sheet.getRow(3).font).toMatchObject({ bold: true });
    expect(workbook.getWorksheet('按包抓领导')!.getRow(2).getCell(6).value).toBe('—');
  });
});
