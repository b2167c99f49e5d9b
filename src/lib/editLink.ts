/**
 * "Suggest an edit" targets: the file's edit page in the repository (GitHub-style URLs, which GitLab
 * and Forgejo also accept), so an NGO editor can propose a fix from the browser in a pull request.
 */
export function editUrl(repoUrl: string, branch: string, filePath: string): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl.replace(/\/+$/, '')}/edit/${encodeURIComponent(branch)}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}
