/** tablesort ships no types: the part of its API the portal uses. */
declare module 'tablesort' {
  export default class Tablesort {
    constructor(table: HTMLTableElement, options?: { descending?: boolean; sortAttribute?: string });
  }
}
