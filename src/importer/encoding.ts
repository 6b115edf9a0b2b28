/** The legacy-encoding heuristics now live in domain/ (the content loader uses them too). */
export * from '../domain/legacy-encoding.ts';
