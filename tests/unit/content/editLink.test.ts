// "Suggest an edit" links to the file in the repository.
import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/content/editLink.ts';

describe('edit links', () => {
  it('links to the file\'s edit page, or nowhere when no repository is set', () => {
    expect(editUrl('https://github.com/ngo/guide/', 'main', 'content/guide/uz/police.md')).toBe('https://github.com/ngo/guide/edit/main/content/guide/uz/police.md');
    expect(editUrl('', 'main', 'x')).toBeUndefined();
  });
});
