/**
 * After the pages are written: short links (/q/<code>/), QR images, card sheets, leaflets and the print
 * manifest, so every deployment carries printable material that matches it. Runs before the offline
 * file/booklet, Pagefind and the service worker (which must precache these files too).
 * Without a public https SITE_URL (local preview) it prints one line and skips: codes for localhost
 * would be useless on paper.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { locales } from '../config/locales.ts';
import { fillPrintPages } from '../lib/print/documents.ts';
import { makeQrSheets, siteUrlProblem } from '../lib/qr/sheets.ts';

export interface QrSheetsConfig {
  contentDir: string;
  siteUrl: string;
  base: string;
  isPublic: boolean;
  projectRoot: string;
}

export function qrSheets(config: QrSheetsConfig): AstroIntegration {
  return {
    name: 'migrant-guide:qr-sheets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const problem = siteUrlProblem(config.siteUrl, config.isPublic);
        if (problem) {
          // Still hide the print pages' document list, so they do not show documents this build lacks.
          fillPrintPages(distDir, locales.map((l) => l.code));
          logger.warn(`Print sheets and QR codes skipped: ${problem}`);
          return;
        }
        const result = await makeQrSheets({ ...config, distDir, log: (m) => logger.info(m) });
        logger.info(
          `${result.codes.length} short links, ${result.documents.length} PDFs in print/ (QR version ${result.spec.version}-${result.spec.ec}, ${result.moduleMm.toFixed(2)} mm modules) in ${Math.round(result.ms)} ms`,
        );
      },
    },
  };
}
