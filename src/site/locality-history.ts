/** Sentences saying what a unit became, for the top of its page. */
import type { Locality, Model, Successor } from '../domain/model.ts';
import { inSentence } from '../i18n/vi.ts';
import { reformResolutions } from './reform-eras.ts';
import { formatViDate } from '../domain/vi-date.ts';

const REFORM_2025 = 'Từ 01/7/2025';

/** `A và B`, `A, B và C`. */
const listVi = (names: readonly string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`);

function successorName(s: Successor): string {
  return s.code ? `${s.name} (mã ${s.code})` : s.name;
}

/** The resolutions that rearranged the communes of `l` (from their links to the new units). */
const resolutionsBelow = (l: Locality): string => reformResolutions({ localities: l.children }).join(', ');

/** One or two plain sentences; empty when there is nothing to say. `model` gives the reform as it applied to the province. */
export function historySentences(l: Locality, model: Pick<Model, 'reform' | 'localities'>): string[] {
  if (l.status === 'former') {
    return l.successors.map((s) => {
      const when = s.effectiveDate ? ` từ ${formatViDate(s.effectiveDate)}` : '';
      const basis = s.basis ? ` theo ${s.basis}` : '';
      return `Đơn vị này không còn trong danh mục đơn vị hành chính ngày 01/3/2025: đã sáp nhập vào ${successorName(s)}${when}${basis}. Căn cứ ghi nhận: ${s.evidence ?? 'không rõ'}`;
    });
  }
  // A district with communes: they were rearranged. One without (an island district) became a
  // unit itself: the sentence of its own successor, below.
  if (l.level === 'huyen' && l.children.length > 0) {
    const below = resolutionsBelow(l);
    return [`${REFORM_2025}, cấp huyện không còn tổ chức chính quyền địa phương; các xã, phường, thị trấn của đơn vị này được sắp xếp lại${below ? ` theo Nghị quyết ${below}` : ''} (xem từng xã bên dưới).`];
  }
  if (l.level === 'tinh') {
    const { merged, provinceUnchanged } = model.reform;
    const kept = provinceUnchanged ? ' giữ nguyên địa giới;' : '';
    const resolutions = reformResolutions(model).join(', ');
    const arranged = `cấp huyện không còn và các đơn vị cấp xã được sắp xếp lại${resolutions ? ` theo Nghị quyết ${resolutions}` : ''}`;
    if (merged) return [`${REFORM_2025}, ${listVi(merged.provinces)} hợp nhất thành ${merged.into.name} (mã ${merged.into.code}); ${arranged}.`];
    return [`${REFORM_2025}, ${inSentence(l.name)}${kept} ${arranged}.`];
  }
  if (l.successors.length === 0) return [];
  const bases = [...new Set(l.successors.map((s) => s.basis).filter((b) => b !== null))].join(', ');
  const first = l.successors[0]!;
  const into = l.successors.length === 1 ? `thuộc ${successorName(first)}` : `được chia về ${l.successors.map(successorName).join(' và ')}`;
  const date = first.effectiveDate ? `Từ ${formatViDate(first.effectiveDate)}` : 'Sau sắp xếp';
  return [`${date}, ${l.name} ${into}${bases ? `, theo Nghị quyết ${bases}` : ''}.`];
}
