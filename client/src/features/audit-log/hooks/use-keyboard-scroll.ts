import { type RefObject, useEffect } from 'react';

/**
 * A table wider than a phone scrolls sideways inside its own box; keyboard users reach that
 * box only when it is focusable, so it gets a tab stop and a name.
 */
export function useKeyboardScroll(
  ref: RefObject<HTMLElement | null>,
  label: string,
  deps: unknown[],
) {
  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content') ?? []) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, ...deps]);
}
