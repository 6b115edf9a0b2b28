/**
 * Astro collections. Only the notices' MDX narrative is loaded through Astro (it needs
 * compiling); all data — frontmatter, figures, register — comes from the validated model
 * (src/data/load-model.ts), which already checked it with the schemas in src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  notices: defineCollection({
    loader: glob({
      pattern: '**/notice.mdx',
      base: './content/notices',
      // The folder name is the notice id (`2024-04-trang-dinh`), as in the model.
      generateId: ({ entry }) => entry.split('/').at(-2) ?? entry,
    }),
  }),
};
