/** A source that facts may rest on. */
export interface Source {
  /** Short title for source notes. */
  title: string;
  /** What the source is and how we hold it. */
  description: string;
  /** Path of our verbatim copy, relative to the project root. */
  file: string;
}

/** Every source the ledger may cite. Roundabout rests on exactly one. */
export const SOURCES = {
  article: {
    title: 'News report: the US plan to buy South Korean artillery rounds for Ukraine',
    description:
      'A wire-style news report on the planned US purchase of 155mm rounds from South Korean manufacturers, citing a US official, South Korea’s defence ministry, the Pentagon, Colin Kahl and Lt. Col. Martin Meiners. It is the only source of fact for this site; our copy is kept verbatim, slips included.',
    file: 'content/sources/article.txt',
  },
} as const satisfies Record<string, Source>;

/** Id of a known source. */
export type SourceId = keyof typeof SOURCES;
