/**
 * The shape every locale's strings must have: English is the source. A locale is a folder of
 * area files (common, home, learn, …), each typed `AreaMessages<'area'>`, so a missing or
 * misspelt key fails the type check, and an index that gathers them as `LocaleMessages`, so a
 * missing area does too.
 */
import type { messages as english } from './en/index';

type English = typeof english;
export type AreaName = keyof English;
type AreaKey<A extends AreaName> = keyof English[A] & string;

/** A counted message's base: 'data.count.drafts' for 'data.count.drafts.one' / '.other'. */
type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;
/**
 * The plural forms English does not write but other languages need (Polish: few and many;
 * Arabic: zero and two). A locale writes the ones `Intl.PluralRules` selects for it.
 */
export type ExtraPluralCategory = 'zero' | 'two' | 'few' | 'many';
type ExtraPluralKey<K extends string> = `${PluralBase<K>}.${ExtraPluralCategory}`;

export type AreaMessages<A extends AreaName> = Record<AreaKey<A>, string> &
  Partial<Record<ExtraPluralKey<AreaKey<A>>, string>>;

/** One locale: every area. */
export type LocaleMessages = { [A in AreaName]: AreaMessages<A> };

type BaseKey = { [A in AreaName]: AreaKey<A> }[AreaName];
export type MessageKey = BaseKey | ExtraPluralKey<BaseKey>;

/** One locale's strings as one flat dictionary of dotted keys. */
export type Messages = Record<BaseKey, string> & Partial<Record<ExtraPluralKey<BaseKey>, string>>;

/** The flat dictionary of a locale's areas. */
export function flatMessages(areas: LocaleMessages): Messages {
  return Object.assign({}, ...Object.values(areas)) as Messages;
}
