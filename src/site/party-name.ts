/** How a party (agency, locality or the notice's own words) is named in lists and downloads. */
import type { Party } from '../domain/model.ts';

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

/** A key that is the same for the same party, to compare lists of parties. */
export function partyKey(party: Party): string {
  if ('agency' in party) return `agency:${party.agency.id}`;
  if ('locality' in party) return `locality:${party.locality.id}`;
  return `text:${party.text}`;
}
