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
      'A news report on a planned, not yet final, US purchase of 155mm rounds from South Korean manufacturers for Ukraine. It cites an unnamed US official, an unnamed defence official, South Korea’s defence ministry, the Pentagon, Colin Kahl, Lt. Col. Martin Meiners and President Yoon Suk Yeol. It is the only source of fact for this site; our copy of it is kept word for word, slips included.',
    file: 'content/sources/article.txt',
  },
} as const satisfies Record<string, Source>;

/** Id of a known source. */
export type SourceId = keyof typeof SOURCES;
