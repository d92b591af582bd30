// `diplograph mentions`: what the extractor found, one JSON line per mention, in document order.
import { access, constants } from 'node:fs/promises';
import { extractDocument, type ExtractOptions } from '../extract/index.js';
import { describeFsError, listInputs, readInputFiles, where } from '../io/read-inputs.js';
import { loadActors } from '../pool/actors.js';
import {
  MAX_DOC_HELP,
  UsageError,
  maxDocBytes,
  parseCommandArgs,
  runCommand,
  stdoutClosed,
  warn,
  writeStdout,
} from './args.js';

export const summary = 'list the mentions of actors, one JSON line each';

export const help = `Usage: diplograph mentions <files|dirs|->... [--actors FILE]

Prints one JSON object per line for every mention the extractor resolved to an entity:
  {"doc", "start", "end", "text", "kind", "form", "entity"}
start and end are UTF-16 offsets into the document text (text = the slice between them).
Inputs as for \`diplograph extract\`. Bad inputs are skipped with one line on stderr.

Options:
      --actors FILE    an actor dictionary (PETRARCH / Phoenix format)
${MAX_DOC_HELP}
Exit status: 0 ok, 1 something was skipped, 2 usage error.`;

export interface MentionLine {
  doc: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  form: string;
  entity: string;
}

export async function run(args: string[]): Promise<number> {
  return runCommand('mentions', async () => {
    const { values, positionals } = parseCommandArgs(args, {
      actors: { type: 'string' },
      'max-doc-mb': { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('no input: give files, directories, or - for stdin');
    const maxDocumentBytes = maxDocBytes(values['max-doc-mb']);
    const options: ExtractOptions = {};
    if (values.actors) {
      await access(values.actors, constants.R_OK).catch((err: unknown) => {
        throw new Error(`cannot read --actors ${values.actors}: ${describeFsError(err)}`);
      });
      const actors = await loadActors(values.actors);
      if (actors) options.actors = actors;
    }
    const { files, problems } = await listInputs(positionals);
    let skipped = 0;
    for (const p of problems) {
      skipped++;
      warn(`diplograph mentions: skipped ${p.source}: ${p.reason}`);
    }
    for await (const item of readInputFiles(files, { maxDocumentBytes })) {
      if (item.type === 'skipped') {
        skipped++;
        warn(`diplograph mentions: skipped ${where(item)}: ${item.reason}`);
      }
      if (item.type !== 'document') continue;
      if (item.warning) warn(`diplograph mentions: warning: ${where(item)}: ${item.warning}`);
      const { doc } = item;
      let lines: MentionLine[];
      try {
        const extraction = extractDocument(doc, options);
        lines = extraction.entities.flatMap((e) =>
          e.mentions
            .filter((m) => m.doc === doc.id)
            .map((m) => ({
              doc: doc.id,
              start: m.start,
              end: m.end,
              text: doc.text.slice(m.start, m.end),
              kind: e.kind,
              form: m.form,
              entity: e.key,
            })),
        );
      } catch (err) {
        skipped++;
        const why = `extraction failed for document "${doc.id}": ${(err as Error).message}`;
        warn(`diplograph mentions: skipped ${where(item)}: ${why}`);
        continue;
      }
      lines.sort(
        (a, b) => a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0),
      );
      if (lines.length > 0) await writeStdout(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
      if (stdoutClosed()) break;
    }
    return skipped > 0 ? 1 : 0;
  });
}
