// Lists the figures in content/facts/ whose validity has ended (today = BUILD_DATE or the clock).
// The site still builds: every page using such a figure shows a notice. This tells the editor which
// files to update (see CONTRIBUTING.md, "It's January: update the figures").
import { join } from 'node:path';
import { buildToday } from '../src/config/site.ts';
import { loadFacts } from '../src/lib/facts/load.ts';
import { staleFacts } from '../src/lib/facts/stale.ts';

const root = join(import.meta.dirname, '..', process.env.CONTENT_DIR ?? 'content');
const today = buildToday();
const facts = loadFacts(root);
const stale = staleFacts(facts, today);
const day = today.toISOString().slice(0, 10);
if (!stale.length) {
  console.log(`Figures: all ${facts.size} are valid on ${day}.`);
} else {
  console.log(`Figures out of date on ${day} (${stale.length}) — update content/facts/<id>.yaml:`);
  for (const f of stale)
    console.log(
      `  ${f.id}: ${f.value} ${f.unit}, valid until ${f.validUntil!.toISOString().slice(0, 10)} (${f.source.url})`,
    );
}
