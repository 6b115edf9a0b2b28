/**
 * Renders one Astro component alone, without a build: Astro's container API, in the vitest
 * project `components` (tests/vitest.config.ts), whose Vite config compiles .astro files.
 */
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import * as cheerio from 'cheerio';

type Component = Parameters<AstroContainer['renderToString']>[0];
/** The props a component declares (its `Props`), as astro check types an .astro import. */
type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;

let container: Promise<AstroContainer> | undefined;

/** The component's HTML as a page would have it, with these props (checked against its Props). */
export async function renderHtml<C extends Component>(component: C, props: PropsOf<C>): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(component, { props: props as NonNullable<ContainerRenderOptions['props']> });
}

/** The component's HTML parsed, to read it by structure (selectors) rather than by pattern. */
export async function render<C extends Component>(component: C, props: PropsOf<C>): Promise<cheerio.CheerioAPI> {
  return cheerio.load(await renderHtml(component, props), null, false);
}

/** Text as a reader sees it: white space collapsed and trimmed. */
export const textOf = (node: { text(): string }): string => node.text().replace(/\s+/g, ' ').trim();
