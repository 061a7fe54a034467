/**
 * The pym.js message format, so newsroom pages that already host pym parents size our embeds
 * unchanged: "pym" + "xPYMx" + childId + "xPYMx" + type + "xPYMx" + message.
 */
export const PYM_DELIMITER = 'xPYMx';

/** A decoded pym message. */
export interface PymMessage {
  /** Id of the embed, given to the child by its parent as ?childId=…. */
  id: string;
  /** Message type: "height" (child to parent), "width" (parent to child), "navigateTo", …. */
  type: string;
  /** The payload, e.g. the height in pixels as a decimal string. */
  message: string;
}

/** pymMessage(id, type, message) encodes a message in pym's wire format. */
export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(PYM_DELIMITER);
}

/** parsePymMessage(data) decodes a pym message, or returns null for anything else. */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym') return null;
  const [, id, type, message] = parts as [string, string, string, string];
  return { id, type, message };
}

/** reportedHeight(scrollHeight, boundingHeight) is the height to report: the content's full height in whole CSS pixels. */
export function reportedHeight(scrollHeight: number, boundingHeight: number): number {
  return Math.ceil(Math.max(scrollHeight, boundingHeight));
}
