/**
 * Checks of one notice's frontmatter against the register, agencies, its own figures and its
 * source text: every reference resolves and every quoted passage is in the original.
 */
import type { Party } from '../domain/schemas/common.ts';
import { findVerbatim } from '../domain/verbatim.ts';
import type { ContentIssue } from './errors.ts';
import type { RawContent, RawNotice } from './read-content.ts';

interface Known {
  localities: ReadonlySet<string>;
  agencies: ReadonlyMap<string, string>;
}

export function validateNotice(notice: RawNotice, known: Known): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fm = notice.frontmatter;
  const issue = (field: string, found: string, expected: string): void => {
    issues.push({ file: notice.file, where: null, field, found, expected });
  };
  const locality = (field: string, id: string): void => {
    if (!known.localities.has(id)) issue(field, id, 'a locality id listed in content/localities (units.csv or former-units.csv)');
  };
  const agency = (field: string, id: string): void => {
    if (!known.agencies.has(id)) issue(field, id, 'an agency id listed in content/agencies.csv');
  };
  const parties = (field: string, list: readonly Party[]): void => {
    list.forEach((p, i) => {
      if ('agency' in p) agency(`${field}[${i}].agency`, p.agency);
      if ('locality' in p) locality(`${field}[${i}].locality`, p.locality);
    });
  };
  const verbatim = (field: string, text: string): void => {
    if (findVerbatim(notice.source, text).length === 0) {
      issue(field, text, `text that occurs verbatim in ${notice.sourceFile} (white space aside)`);
    }
  };

  const legalIds = new Set(fm.legalReferences.map((r) => r.id));
  const proposalIds = new Set(fm.proposals.map((p) => p.id));
  const figureIds = new Set(notice.figures.map((f) => f.data.id));
  const refs = (field: string, ids: readonly string[], set: ReadonlySet<string>, what: string): void => {
    ids.forEach((id, i) => {
      if (!set.has(id)) issue(`${field}[${i}]`, id, `the id of ${what} of this notice`);
    });
  };

  locality('issuer.locality', fm.issuer.locality);
  fm.inspected.forEach((id, i) => locality(`inspected[${i}]`, id));
  fm.agencies.forEach((id, i) => {
    agency(`agencies[${i}]`, id);
    const short = known.agencies.get(id);
    if (short !== undefined && findVerbatim(fm.agenciesPrinted, short).length === 0) {
      issue(`agencies[${i}]`, id, `an agency named in agenciesPrinted (its short name "${short}" is not there)`);
    }
  });
  for (const [field, text] of [
    ['title', fm.title],
    ['numberPrinted', fm.numberPrinted],
    ['datePrinted', fm.datePrinted],
    ['agenciesPrinted', fm.agenciesPrinted],
    ['programme.printed', fm.programme.printed],
    ['signature.signer', fm.signature.signer],
    ['presiding.name', fm.presiding.name],
    ...fm.signature.chain.map((t, i) => [`signature.chain[${i}]`, t]),
    ...fm.localParticipants.map((t, i) => [`localParticipants[${i}]`, t]),
    ...fm.recipients.map((t, i) => [`recipients[${i}]`, t]),
    ...fm.legalReferences.map((r, i) => [`legalReferences[${i}].printed`, r.printed]),
  ] as const) {
    verbatim(field, text);
  }

  fm.findings.forEach((f, i) => {
    verbatim(`findings[${i}].text`, f.text);
    f.localities.forEach((id, j) => locality(`findings[${i}].localities[${j}]`, id));
    refs(`findings[${i}].figures`, f.figures, figureIds, 'a figure (figures.csv)');
  });
  fm.directives.forEach((d, i) => {
    const at = `directives[${d.id}]`;
    verbatim(`${at}.text`, d.text);
    verbatim(`${at}.addressee.printed`, d.addressee.printed);
    if (d.deadline) verbatim(`${at}.deadline.printed`, d.deadline.printed);
    d.addressee.localities.forEach((id, j) => locality(`${at}.addressee.localities[${j}]`, id));
    d.addressee.agencies.forEach((id, j) => agency(`${at}.addressee.agencies[${j}]`, id));
    parties(`${at}.lead`, d.lead);
    parties(`${at}.coordinating`, d.coordinating);
    refs(`${at}.legalRefs`, d.legalRefs, legalIds, 'a legal reference');
    refs(`${at}.proposals`, d.proposals, proposalIds, 'a proposal');
    if (fm.directives.findIndex((o) => o.id === d.id) !== i) issue(`directives[${i}].id`, d.id, 'a directive id used once (duplicate)');
  });
  fm.proposals.forEach((p, i) => {
    const at = `proposals[${p.id}]`;
    verbatim(`${at}.request`, p.request);
    verbatim(`${at}.response`, p.response);
    parties(`${at}.from`, [p.from]);
    p.localities.forEach((id, j) => locality(`${at}.localities[${j}]`, id));
    parties(`${at}.lead`, p.lead);
    parties(`${at}.coordinating`, p.coordinating);
    parties(`${at}.consolidating`, p.consolidating);
    refs(`${at}.legalRefs`, p.legalRefs, legalIds, 'a legal reference');
    if (fm.proposals.findIndex((o) => o.id === p.id) !== i) issue(`proposals[${i}].id`, p.id, 'a proposal id used once (duplicate)');
  });
  fm.dataQuality.forEach((q, i) => {
    if (q.quote === null) return;
    const count = findVerbatim(notice.source, q.quote).length;
    if (q.occurrences !== null && count !== q.occurrences) {
      issue(`dataQuality[${i}].occurrences`, String(q.occurrences), `${count}, the number of times "${q.quote}" occurs in ${notice.sourceFile}`);
    } else if (count === 0) {
      verbatim(`dataQuality[${i}].quote`, q.quote);
    }
  });
  return issues;
}

/** Notice ids (folder names) are URLs: ASCII without diacritics, unique across all years. */
export function validateNoticeIds(content: RawContent): ContentIssue[] {
  const seen = new Map<string, string>();
  return content.notices.flatMap((n) => {
    const other = seen.get(n.id);
    seen.set(n.id, n.file);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n.id)) {
      return [{ file: n.file, where: null, field: null, found: n.id, expected: 'a folder name of lower-case ASCII letters, digits and "-" (it is the URL), e.g. 2024-04-trang-dinh' }];
    }
    return other ? [{ file: n.file, where: null, field: null, found: n.id, expected: `a folder name not used by ${other}` }] : [];
  });
}
