/**
 * Waits until the search page has answered: its status line says something other than "searching…".
 * Shared by the search browser tests and the search benchmarks.
 */
import type { Page } from 'playwright-core';

export function searchAnswered(page: Page, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && !/…$/.test(s.trim());
    },
    undefined,
    { timeout },
  );
}
