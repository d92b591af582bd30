// The graph file (DESIGN.md §2): graphology's own serialisation of a MultiDirectedGraph,
// with the attributes below. These schemas are the one source of the types.
import { z } from 'zod';
import {
  ENTITY_KINDS,
  GRAPH_SCHEMA_VERSION,
  MENTION_FORMS,
  MODALITIES,
  ORGANISATION_SUBTYPES,
  RELATION_KINDS,
  STANCE_KINDS,
} from './vocab.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const offset = z.number().int().nonnegative();

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  chars: z.number().int().nonnegative(),
  text: z.string().optional(),
  date: isoDate.optional(),
  url: z.string().optional(),
});
export type DocumentInfo = z.infer<typeof DocumentSchema>;

export const MentionSchema = z.object({
  doc: z.string().min(1),
  start: offset,
  end: offset,
  form: z.enum(MENTION_FORMS),
});
export type MentionRef = z.infer<typeof MentionSchema>;

/**
 * A node that the merge folded into this one by a known alias ("Lavrov" into "Sergei Lavrov"),
 * with the documents it came from: later merges can then undo and redo the join, which keeps
 * merging associative and order-independent (src/graph/merge.ts).
 */
export const JoinedNodeSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  subtype: z.enum(ORGANISATION_SUBTYPES).optional(),
  docs: z.array(z.string()),
});
export type JoinedNode = z.infer<typeof JoinedNodeSchema>;

export const NodeAttributesSchema = z.looseObject({
  kind: z.enum(ENTITY_KINDS),
  label: z.string().min(1),
  aliases: z.array(z.string()),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  subtype: z.enum(ORGANISATION_SUBTYPES).optional(),
  mentions: z.array(MentionSchema),
  joined: z.array(JoinedNodeSchema).optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  size: z.number().optional(),
  color: z.string().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

export const EvidenceSchema = z.object({
  doc: z.string().min(1),
  start: offset,
  end: offset,
  quote: z.string(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
  speaker: z.string().optional(),
  modality: z.enum(MODALITIES),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const edgeCommon = {
  weight: z.number().nonnegative(),
  firstDate: isoDate.optional(),
  lastDate: isoDate.optional(),
  evidence: z.array(EvidenceSchema),
  size: z.number().optional(),
  color: z.string().optional(),
};

export const RelationAttributesSchema = z.looseObject({
  family: z.literal('relation'),
  kind: z.enum(RELATION_KINDS),
  title: z.string().optional(),
  host: z.string().optional(),
  ...edgeCommon,
});
export type RelationAttributes = z.infer<typeof RelationAttributesSchema>;

export const StanceAttributesSchema = z.looseObject({
  family: z.literal('stance'),
  kind: z.enum(STANCE_KINDS),
  polarity: z.union([z.literal(1), z.literal(-1)]),
  cameo: z.string().regex(/^\d{2,4}$/),
  goldstein: z.number().min(-10).max(10),
  ...edgeCommon,
});
export type StanceAttributes = z.infer<typeof StanceAttributesSchema>;

export const EdgeAttributesSchema = z.discriminatedUnion('family', [RelationAttributesSchema, StanceAttributesSchema]);
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const GraphAttributesSchema = z.looseObject({
  schema: z.literal(GRAPH_SCHEMA_VERSION),
  documents: z.array(DocumentSchema),
  /** Set when people and bodies were folded into their states. */
  rollup: z.boolean().optional(),
});
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;

export const SerializedNodeSchema = z.object({
  key: z.string().min(1),
  attributes: NodeAttributesSchema,
});

export const SerializedEdgeSchema = z.object({
  key: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  attributes: EdgeAttributesSchema,
});

export const GraphFileSchema = z.object({
  options: z.object({
    type: z.literal('directed'),
    multi: z.literal(true),
    allowSelfLoops: z.boolean(),
  }),
  attributes: GraphAttributesSchema,
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(SerializedEdgeSchema),
});
export type GraphFile = z.infer<typeof GraphFileSchema>;
