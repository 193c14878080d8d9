import type { IngestResult } from './ingest';

/** Characters of a removed block shown in the report. */
const PREVIEW = 40;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > PREVIEW ? `${chars.slice(0, PREVIEW).join('')}…` : flat;
}

/** Returns the human-readable report of one ingested source, one fact per line. */
export function formatReport(
  file: string,
  target: string,
  result: IngestResult,
  changed: boolean,
): string {
  const { stats, removed } = result;
  const duplicates = stats.paragraphsDropped + stats.paragraphsMerged;
  const lines = [
    `${file} -> ${target}${changed ? '' : ' (unchanged)'}`,
    `  sections: ${stats.sectionsFound} found, ${stats.sectionsKept} kept, ${stats.sectionsMerged} merged`,
    `  duplicate paragraphs removed: ${duplicates} (${stats.paragraphsMerged} merged into an earlier copy, ${stats.sentencesAdded} sentences added)`,
    `  boilerplate blocks removed: ${removed.length}`,
    ...removed.map((r) => `    - ${r.kind} (line ${r.line}): ${preview(r.text)}`),
    ...(result.unlinked.length > 0
      ? [
          `  images and non-http(s) links written as text: ${result.unlinked.length}`,
          ...result.unlinked.map(
            (u) => `    - ${u.kind} (line ${u.line}): ${preview(u.destination)}`,
          ),
        ]
      : []),
    ...(result.controlsRemoved > 0
      ? [
          `  control characters removed (NUL, bidi overrides and the like): ${result.controlsRemoved}`,
        ]
      : []),
    `  characters: ${result.charsIn} in, ${result.charsOut} out`,
  ];
  return lines.join('\n');
}
