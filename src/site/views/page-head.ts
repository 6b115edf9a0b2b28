/**
 * What every view says about its page for the frame (layouts/Base.astro): title, description,
 * the main-menu section it belongs to and the breadcrumbs; and the contents list of a long page.
 */

/** One step of the breadcrumbs; the page itself has no link. */
export interface Crumb {
  href?: string;
  label: string;
}

/** The main menu's sections (layouts/Base.astro marks the page's own). */
export type Section = 'home' | 'localities' | 'notices' | 'tracker' | 'agencies' | 'indicators' | 'data' | 'about';

/** The props of layouts/Base.astro that a view decides. */
export interface PageHead {
  title: string;
  description: string;
  /** Absent for pages outside the main menu (the briefings, 404). */
  section?: Section;
  crumbs: Crumb[];
}

/** A jump link of a long page's contents list (components/PageContents.astro). */
export interface ContentsEntry {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/** The entries whose condition holds, in page order: a contents list names only the sections shown. */
export function contentsOf(entries: readonly (ContentsEntry | false)[]): ContentsEntry[] {
  return entries.filter((e) => e !== false);
}
