/** Sentences saying what a unit became, for the top of its page. */
import type { Locality, Model, Successor } from '../domain/model.ts';
import { inSentence } from '../i18n/vi.ts';
import { reformResolutions } from './eras.ts';
import { formatViDate } from '../domain/vi-date.ts';

const REFORM_2025 = 'Từ 01/7/2025';

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
  if (l.level === 'huyen') {
    return [`${REFORM_2025}, cấp huyện không còn tổ chức chính quyền địa phương; các xã, phường, thị trấn của đơn vị này được sắp xếp lại theo Nghị quyết ${resolutionsBelow(l)} (xem từng xã bên dưới).`];
  }
  if (l.level === 'tinh') {
    const kept = model.reform.provinceUnchanged ? ' giữ nguyên địa giới;' : '';
    return [`${REFORM_2025}, ${inSentence(l.name)}${kept} cấp huyện không còn và các đơn vị cấp xã được sắp xếp lại theo Nghị quyết ${reformResolutions(model).join(', ')}.`];
  }
  if (l.successors.length === 0) return [];
  const bases = [...new Set(l.successors.map((s) => s.basis).filter((b) => b !== null))].join(', ');
  const first = l.successors[0]!;
  const into = l.successors.length === 1 ? `thuộc ${successorName(first)}` : `được chia về ${l.successors.map(successorName).join(' và ')}`;
  const date = first.effectiveDate ? `Từ ${formatViDate(first.effectiveDate)}` : 'Sau sắp xếp';
  return [`${date}, ${l.name} ${into}${bases ? `, theo Nghị quyết ${bases}` : ''}.`];
}
