import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, useLocation } from 'react-router';
import { useSearchState } from './use-search-state';

describe('useSearchState', () => {
  afterEach(cleanup);

  it('keeps both of two changes made before the page renders again (a filter click, then typing at once)', () => {
    let update: ReturnType<typeof useSearchState>[1] = () => {};
    let search = '';
    function Probe() {
      [, update] = useSearchState();
      search = useLocation().search;
      return null;
    }
    render(
      <MemoryRouter initialEntries={['/coverage?filter=customized&all=1']}>
        <Probe />
      </MemoryRouter>,
    );
    act(() => {
      update({ filter: undefined });
      update({ q: 'email challenge' }, true);
    });
    expect(new URLSearchParams(search).toString()).toBe('all=1&q=email+challenge');
    act(() => update({ filter: 'stock' }));
    expect(new URLSearchParams(search).toString()).toBe('all=1&q=email+challenge&filter=stock');
  });
});
