import type { MessageKey, Messages } from './messages/types';

/**
 * A message by key. A plural form a locale does not write falls back to its `other` form: a
 * language with only "other" (Chinese) never writes "one", English never writes "few".
 */
export function messageOf(messages: Partial<Messages>, key: MessageKey): string {
  const message = messages[key];
  if (message !== undefined) return message;
  const other = key.replace(/\.(zero|one|two|few|many)$/, '.other') as MessageKey;
  return messages[other] ?? key;
}
