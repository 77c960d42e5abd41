import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import {
  readBoardFilters,
  toProjectFilter,
  useBoardFilters,
  writeBoardFilters,
} from './use-board-filters';

function renderFilters(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(() => ({ ...useBoardFilters(), location: useLocation() }), { wrapper });
}

describe('board filters in the URL', () => {
  it('reads a shared link into the API filter', () => {
    const { result } = renderFilters(
      '/board?orgUnitId=3&flag=FAKE_PROJECT&search=%E9%94%B0%E9%94%8C',
    );
    expect(result.current.filters).toEqual({
      orgUnitId: '3',
      flag: 'FAKE_PROJECT',
      search: '锰锌',
    });
    expect(toProjectFilter(result.current.filters)).toEqual({
      orgUnitId: '3',
      flag: 'FAKE_PROJECT',
      search: '锰锌',
    });
    expect(result.current.active).toBe(true);
  });

  it('ignores what the API would refuse: unknown flags, malformed ids, blank text', () => {
    expect(
      readBoardFilters(new URLSearchParams('flag=NOPE&chainId=abc&search=%20%20&leaderId=4')),
    ).toEqual({
      leaderId: '4',
    });
    expect(readBoardFilters(new URLSearchParams('flag=fake_project'))).toEqual({
      flag: 'FAKE_PROJECT',
    });
  });

  it('writes a change into the URL, keeping the other parameters', () => {
    const { result } = renderFilters('/board?project=12&chainId=2');
    act(() => result.current.setFilters({ flag: 'STALLED', chainId: null }));
    const params = new URLSearchParams(result.current.location.search);
    expect(params.get('flag')).toBe('STALLED');
    expect(params.has('chainId')).toBe(false);
    expect(params.get('project')).toBe('12');
    expect(result.current.filters).toEqual({ flag: 'STALLED' });
  });

  it('clears every filter but nothing else', () => {
    const { result } = renderFilters('/board?project=12&chainId=2&ownerId=9&search=x');
    act(() => result.current.clearFilters());
    expect(result.current.location.search).toBe('?project=12');
    expect(result.current.active).toBe(false);
  });

  it('keeps the same filter object while the filters do not change', () => {
    const { result } = renderFilters('/board?chainId=2');
    const before = result.current.filters;
    act(() => result.current.setFilters({ chainId: '2' }));
    expect(result.current.filters).toBe(before);
    act(() => result.current.setFilters({ chainId: '5' }));
    expect(result.current.filters).not.toBe(before);
  });

  it('trims what is written and drops empty values', () => {
    const next = writeBoardFilters(new URLSearchParams('a=1'), { search: '  白酒 ', ownerId: '' });
    expect(next.toString()).toBe('a=1&search=%E7%99%BD%E9%85%92');
  });

  it('reads a cockpit link into the cohort it names', () => {
    const { result } = renderFilters(
      '/board?orgUnitId=3&directOrgUnitOnly=1&signedFrom=2026-01-01&signedTo=2026-12-31&reachedStage=landed&includeTerminated=true&minContractedInvestment=3000&sourceMethod=%E4%BB%A5%E5%95%86%E6%8B%9B%E5%95%86',
    );
    expect(toProjectFilter(result.current.filters)).toEqual({
      orgUnitId: '3',
      directOrgUnitOnly: true,
      signedFrom: '2026-01-01',
      signedTo: '2026-12-31',
      reachedStage: 'LANDED',
      includeTerminated: true,
      minContractedInvestment: 3000,
      sourceMethod: '以商招商',
    });
    expect(result.current.active).toBe(true);
  });

  it('drops cohort values the API would refuse', () => {
    expect(
      readBoardFilters(
        new URLSearchParams(
          'signedFrom=2026-02-30&signedTo=x&reachedStage=DONE&sourceMethod=abc&minContractedInvestment=-1&includeTerminated=no',
        ),
      ),
    ).toEqual({});
  });
});
