/** How a party (agency, locality or the notice's own words) is named in lists and downloads. */
import type { Party } from '../domain/model.ts';
import { agencyUrl, localityUrl } from './urls.ts';

/** "Huyện Tràng Định" (type Huyện) → "UBND huyện Tràng Định", as notices name the body that acts. */
export function committeeOf(name: string, type: string): string {
  return `UBND ${name.startsWith(type) ? type.toLowerCase() + name.slice(type.length) : name}`;
}

/** `Sở Tài chính`, `UBND huyện Tràng Định`, or the notice's words (`các cơ quan liên quan`). */
export function partyName(party: Party): string {
  if ('agency' in party) return party.agency.name;
  if ('locality' in party) return committeeOf(party.locality.name, party.locality.type);
  return party.text;
}

/** The page of a party: its locality's or agency's; none for the notice's own words. */
export function partyUrl(party: Party): string | null {
  if ('agency' in party) return agencyUrl(party.agency);
  if ('locality' in party) return localityUrl(party.locality);
  return null;
}

/** A key that is the same for the same party, to compare lists of parties. */
export function partyKey(party: Party): string {
  if ('agency' in party) return `agency:${party.agency.id}`;
  if ('locality' in party) return `locality:${party.locality.id}`;
  return `text:${party.text}`;
}
