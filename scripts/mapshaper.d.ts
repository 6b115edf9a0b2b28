/** The part of mapshaper's Node API that scripts/simplify-boundaries.ts uses (the package ships no types). */
declare module 'mapshaper' {
  /** Runs a mapshaper command line on in-memory files (name → contents); resolves to the output files. */
  export function applyCommands(commands: string, input: Record<string, string | Buffer>): Promise<Record<string, string | Buffer>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
