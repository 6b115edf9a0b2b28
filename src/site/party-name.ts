/** How a party (agency, locality or the notice's own words) is named in lists and downloads. */
import type { Model } from '../domain/model.ts';
import type { Party } from '../domain/schemas/common.ts';

/** "Huyện Tràng Định" (type Huyện) → "UBND huyện Tràng Định", as notices name the body that acts. */
export function committeeOf(name: string, type: string): string {
  return `UBND ${name.startsWith(type) ? type.toLowerCase() + name.slice(type.length) : name}`;
}

/** `Sở Tài chính`, `UBND huyện Tràng Định`, or the notice's words (`các cơ quan liên quan`). */
export function partyName(model: Pick<Model, 'localityById' | 'agencyById'>, party: Party): string {
  if ('agency' in party) return model.agencyById.get(party.agency)?.name ?? party.agency;
  if ('locality' in party) {
    const l = model.localityById.get(party.locality);
    return l ? committeeOf(l.name, l.type) : party.locality;
  }
  return party.text;
}
