// The gold format (DESIGN.md §5): hand-made annotations of one document.
import { z } from 'zod';
import { ENTITY_KINDS, STANCE_KINDS } from '../model/vocab.js';

export const GoldEntitySchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  names: z.array(z.string()).min(1),
  optional: z.boolean().optional(),
});

const endpoints = z.array(z.string()).min(1);

export const GoldRelationSchema = z.object({
  kind: z.string(),
  source: endpoints,
  target: endpoints,
  title: z.string().optional(),
  optional: z.boolean().optional(),
});

export const GoldStanceSchema = z.object({
  kind: z.enum(STANCE_KINDS),
  source: endpoints,
  target: endpoints,
  evidence: z.string().optional(),
  optional: z.boolean().optional(),
});

export const GoldFileSchema = z.looseObject({
  doc: z.string(),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema).default([]),
  stances: z.array(GoldStanceSchema).default([]),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;
