/**
 * Content safety: editors write Markdown, and a pull request must not be able to smuggle scripts,
 * frames or tracking into pages. Each finding names the file, the line and how to fix it.
 */
export interface Finding {
  file: string;
  line: number;
  message: string;
}

/** MDX components the project provides; anything else in an .mdx file is refused. */
export const allowedComponents: string[] = [];

const RULES: { re: RegExp; message: string }[] = [
  {
    re: /<\s*script\b/i,
    message:
      'a <script> tag is not allowed in content: pages must work without scripts, and scripts in content are a security risk. Remove it.',
  },
  {
    re: /<\s*(iframe|frame|object|embed|applet)\b/i,
    message:
      'embedded frames and objects (<iframe>, <object>, <embed>) are not allowed: they load other websites and track readers. For a video, add a page in content/videos/ instead.',
  },
  {
    re: /<\s*(style|link|meta|base|form)\b/i,
    message:
      'this HTML tag (<style>, <link>, <meta>, <base>, <form>) is not allowed in content. Use plain Markdown.',
  },
  {
    re: /<[^>]*\son[a-z]+\s*=/i,
    message:
      'inline event handlers (onclick=, onerror=, …) are not allowed in content. Remove the attribute.',
  },
  {
    re: /\]\(\s*(javascript|vbscript|data):/i,
    message:
      'links must go to a web page, a phone number (tel:) or another page of the guide; "javascript:" and "data:" links are not allowed.',
  },
  {
    re: /(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
    message: '"javascript:" and "data:" links are not allowed.',
  },
];

/** Checks one Markdown/MDX file's text. Front matter is skipped (the schema checks it). */
export function checkContentSafety(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    start = end > 0 ? end + 1 : 0;
  }
  let inFence = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    for (const rule of RULES)
      if (rule.re.test(line)) findings.push({ file, line: i + 1, message: rule.message });
    if (file.endsWith('.mdx')) {
      if (/^\s*(import|export)\s/.test(line))
        findings.push({
          file,
          line: i + 1,
          message:
            'import/export statements are not allowed in content; the project provides its components itself.',
        });
      for (const m of line.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
        if (!allowedComponents.includes(m[1]))
          findings.push({
            file,
            line: i + 1,
            message: `<${m[1]}> is not one of the project's components${allowedComponents.length ? ` (${allowedComponents.join(', ')})` : ''}.`,
          });
      }
    }
  }
  return findings;
}

export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}: ${f.message}`).join('\n');
}
