/** Thai organization extraction (first version: no names found yet). */
import type { OrganizationEntity, Span } from '../../../../schema/record.js';

export function findOrganizations(_text: string, _spans: Span[]): OrganizationEntity[] {
  return [];
}
