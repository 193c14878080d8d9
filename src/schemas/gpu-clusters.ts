import { z } from 'zod';
import { BasisSchema, provenance } from './common';

/** data/gpu-clusters/<id>.yaml: the size of a company's GPU cluster, built or planned. */
export const GpuClusterSchema = z.strictObject({
  company: z.string().min(1),
  /** Site or cluster name ("Colossus 2", "メンフィス"). */
  site: z.string().optional(),
  gpus: z.number().int().positive(),
  qualifier: z.enum(['exact', 'approx', 'at-least', 'up-to']).default('exact'),
  basis: BasisSchema,
  /** Chip where named ("NVIDIA GPU"). */
  chip: z.string().optional(),
  ...provenance,
});

export type GpuCluster = z.output<typeof GpuClusterSchema>;
