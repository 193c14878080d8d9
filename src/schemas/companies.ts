import { z } from 'zod';
import { CountrySchema, HttpUrlSchema, PartialDateSchema, SourcesSchema } from './common';

/** What kind of player a company is in the AI money story. */
export const CompanyKindSchema = z.enum([
  'model-lab',
  'hyperscaler',
  'chipmaker',
  'cloud',
  'defence',
  'investor',
  'infrastructure',
  'joint-venture',
  'other',
]);

/** data/companies/<id>.yaml: a company, lab, investor or joint venture named by the articles. */
export const CompanySchema = z.strictObject({
  name: z.string().min(1),
  name_ja: z.string().optional(),
  /** Other names the articles use, including anonymised ones (某生成AI企業) where the match is certain. */
  aliases: z.array(z.string()).optional(),
  kind: CompanyKindSchema,
  /** ISO 3166-1 alpha-2 country code. */
  country: CountrySchema,
  founded: PartialDateSchema.optional(),
  website: HttpUrlSchema.optional(),
  description: z.string().optional(),
  /** Citations for the identification of anonymised aliases or other facts stated here. */
  sources: SourcesSchema.optional(),
  notes: z.string().optional(),
});

export type Company = z.output<typeof CompanySchema>;
