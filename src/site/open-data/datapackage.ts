/**
 * The Frictionless Tabular Data Package descriptor (datapackage.json) of the whole tables:
 * fields, types, units (in each field's description) and licence, from open-data.ts.
 */
import { dataFileName, dataUrl } from '../urls.ts';
import { toIsoPartialDate, type PartialDate } from '../../domain/vi-date.ts';
import { TABLES } from './tables.ts';
import { publicLink } from '../public-address.ts';
import { slugifyVi } from '../../domain/slug.ts';
import { inSentence, vi } from '../../i18n/vi.ts';

/**
 * `site`: the public address; null leaves out `homepage` (it must be an absolute URI).
 * `province`: its name as the register writes it (`Tỉnh Lạng Sơn`); `resolutions`: those that
 * made its current units.
 */
export function dataPackage(site: URL | null, dataDate: PartialDate, province: string, resolutions: readonly string[]): object {
  const owner = vi.siteOwner(province);
  return {
    profile: 'tabular-data-package',
    name: `${slugifyVi(province.replace(/^(Tỉnh|Thành phố) /u, ''))}-ket-luan-kiem-tra`,
    title: `Kết luận kiểm tra của ${owner}: số liệu, nhiệm vụ, kiến nghị`,
    description:
      `Dữ liệu của ${vi.siteName}: các thông báo kết luận kiểm tra của ${owner}, số liệu (giá trị chuẩn và nguyên văn), nhận định, nhiệm vụ, kiến nghị và trạng thái, đơn vị hành chính. Ô trống là văn bản để trống hoặc không nêu. Tệp *-excel.csv dành cho bảng tính: tiêu đề cột tiếng Việt, cột tên bên cạnh mỗi mã, có BOM UTF-8 để Excel đọc đúng tiếng Việt, và thêm dấu ' trước ô chữ bắt đầu bằng = + - @ hoặc tab (chống chạy công thức); tệp .csv (không BOM) và .json giữ nguyên văn mọi ô, tên trường và mã như mô tả ở đây.`,
    ...(site ? { homepage: publicLink(dataUrl, site) } : {}),
    version: toIsoPartialDate(dataDate),
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    sources: [
      { title: `Thông báo kết luận kiểm tra của ${owner}` },
      { title: 'Danh mục đơn vị hành chính, Tổng cục Thống kê (01/3/2025)' },
      ...resolutions.map((r) => ({ title: `Nghị quyết ${r} (sắp xếp đơn vị hành chính cấp xã của ${inSentence(province)}, hiệu lực từ 01/7/2025)` })),
    ],
    resources: TABLES.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: dataFileName(t.name, 'csv'),
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
        missingValues: [''],
      },
    })),
  };
}
