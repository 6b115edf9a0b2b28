/**
 * Lets readers sort tables marked `data-tp-sortable` by clicking (or Enter on) a column
 * header. The table is complete and already ranked without JavaScript; this only enhances.
 * Numeric cells carry a fixed-width `data-sort` key (see site/sort-key.ts), so the library's
 * text comparison orders them as numbers.
 */
import Tablesort from 'tablesort';

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-tp-sortable]')) {
  new Tablesort(table);
  table.caption?.append(' (bấm vào tiêu đề cột để sắp xếp)');
}
