/**
 * "Suggest an edit" targets: the file's edit page in the repository (GitHub-style URLs, which GitLab
 * and Forgejo also accept), so an NGO editor can propose a fix from the browser in a pull request.
 */
export function editUrl(repoUrl: string, branch: string, filePath: string): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl.replace(/\/+$/, '')}/edit/${encodeURIComponent(branch)}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The file shown at one line (or lines), highlighted: GitHub's editor cannot open at a line, so review
 * pages give this "view line" link beside the edit link, and show the line number.
 */
export function lineUrl(repoUrl: string, branch: string, filePath: string, line: number, endLine = line): string | undefined {
  if (!repoUrl) return undefined;
  const anchor = endLine > line ? `#L${line}-L${endLine}` : `#L${line}`;
  return `${repoUrl.replace(/\/+$/, '')}/blob/${encodeURIComponent(branch)}/${filePath.split('/').map(encodeURIComponent).join('/')}${anchor}`;
}
