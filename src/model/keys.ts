// Deterministic keys (DESIGN.md §2): kind + slug; states use ISO codes; namesake bodies
// carry their country ("organisation:JP:finance-ministry").
import type { EntityKind, RelationKind, StanceKind } from './vocab.js';

/** Lower-case ASCII slug: accents folded, every other run of non-alphanumerics becomes "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function nodeKey(kind: EntityKind, name: string, country?: string): string {
  if (kind === 'state') return `state:${name}`;
  const slug = slugify(name) || 'unnamed';
  return country && kind === 'organisation' ? `organisation:${country}:${slug}` : `${kind}:${slug}`;
}

export function stanceKey(source: string, target: string, kind: StanceKind): string {
  return `stance:${source}>${target}:${kind}`;
}

export function relationKey(source: string, target: string, kind: RelationKind, title?: string): string {
  const suffix = kind === 'role' && title ? `:${slugify(title)}` : '';
  return `relation:${source}>${target}:${kind}${suffix}`;
}
