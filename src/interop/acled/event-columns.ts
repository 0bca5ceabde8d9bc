import { eventTypeOf, type EventType, type Incident } from '../../domain/index.js';
import { splitList } from './cell-text.js';

/** The tag that carries a Truce extension type through ACLED's "Strategic developments / Other". */
const TYPE_TAG = 'truce type=';

/**
 * ACLED's disorder type of a sub-event type (ACLED Codebook 2023, "Disorder type"): mob
 * violence is political violence, violent demonstrations are demonstrations, and excessive
 * force against protesters is both.
 */
export function disorderTypeOf(type: EventType): string {
  switch (type.event_type) {
    case 'Battles':
    case 'Explosions/Remote violence':
    case 'Violence against civilians':
      return 'Political violence';
    case 'Protests':
      return type.sub_event_type === 'Excessive force against protesters' ? 'Political violence; Demonstrations' : 'Demonstrations';
    case 'Riots':
      return type.sub_event_type === 'Mob violence' ? 'Political violence' : 'Demonstrations';
    default:
      return 'Strategic developments';
  }
}

/** The type as ACLED writes it: an extension becomes "Other", named in a tag so an import can restore it. */
export function acledTypeOf(type: EventType): { event_type: string; sub_event_type: string; tag?: string } {
  if (!type.extension) return { event_type: type.event_type, sub_event_type: type.sub_event_type };
  return { event_type: 'Strategic developments', sub_event_type: 'Other', tag: `${TYPE_TAG}${type.sub_event_type}` };
}

/** The tags cell: the incident's tags, then the extension's tag. */
export function tagsOf(incident: Pick<Incident, 'tags' | 'type'>): string[] {
  const tag = acledTypeOf(incident.type).tag;
  return tag ? [...incident.tags, tag] : incident.tags;
}

/** Reads event_type, sub_event_type and tags back: the type (an extension when tagged as one) and the other tags, or what is wrong. */
export function readType(eventType: string, subEventType: string, tags: string): { type: EventType; tags: string[] } | { column: string; message: string } {
  const type = eventTypeOf(subEventType);
  if (!type || type.extension) return { column: 'sub_event_type', message: `"${subEventType}" is not one of ACLED's 25 sub-event types` };
  if (type.event_type.toLowerCase() !== eventType.trim().toLowerCase()) {
    return { column: 'event_type', message: `"${eventType}" is not the event type of "${type.sub_event_type}" (ACLED files it under "${type.event_type}")` };
  }
  const items = splitList(tags);
  const extension = items.find((t) => t.startsWith(TYPE_TAG));
  const extended = extension && type.sub_event_type === 'Other' ? eventTypeOf(extension.slice(TYPE_TAG.length)) : undefined;
  if (extended?.extension) return { type: extended, tags: items.filter((t) => t !== extension) };
  return { type, tags: items };
}
